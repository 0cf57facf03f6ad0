package io.newsflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Claim;
import io.newsflow.avro.TextSpan;
import org.junit.jupiter.api.Test;

/** The fixtures carry the gold annotation's spans: code point offsets into the paragraph, end exclusive. */
class SeedRecordsTest {

    @Test
    void shouldCarryTheGoldSpansOfAttributedClaimC1() {
        Claim c1 = SeedRecords.claimC1();

        assertThat(c1.getSource()).isEqualTo(new TextSpan(59, 90, "Den russiske forsvarsministeren"));
        assertThat(c1.getCue()).isEqualTo(new TextSpan(91, 95, "sier"));
        assertThat(c1.getContent()).isEqualTo(new TextSpan(96, 169,
                "de nå undersøker om ett av deres angrep kan ha drept Abu Bakr al-Baghdadi"));
        assertThat(c1.getHedges()).containsExactly(new TextSpan(136, 142, "kan ha"));
    }

    @Test
    void shouldSplitTheDiscontinuousContentOfClaimC5IntoItsParts() {
        Claim c5 = SeedRecords.claimC5();

        assertThat(c5.getContentParts()).containsExactly(
                new TextSpan(129, 162, "Når han forflytter seg bruker han"),
                new TextSpan(195, 272, "kun vanlige biler, brukt av bønder i regionen, for ikke å vekke oppmerksomhet"));
        assertThat(c5.getContent().getStart()).isEqualTo(129);
        assertThat(c5.getContent().getEnd()).isEqualTo(272);
        assertThat(c5.getContent().getText()).contains("ifølge det irakiske forsvaret");
    }

    @Test
    void shouldCountOffsetsInCodePointsNotUtf16Units() {
        String withEmoji = "\uD83D\uDCF0 Baghdadi";

        assertThat(SeedRecords.span(withEmoji, 2, 10)).isEqualTo(new TextSpan(2, 10, "Baghdadi"));
    }
}
