package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandLineArgumentsTest {

    private static final Set<String> FLAGS = Set.of("broker-port", "registry-port", "data-dir");

    @Test
    void shouldReadFlagsWrittenEitherWithASpaceOrAnEqualsSign() {
        CommandLineArguments arguments = CommandLineArguments.parse(
                new String[] {"--broker-port", "19092", "--data-dir=/var/lib/newsflow"}, FLAGS);

        assertThat(arguments.port("broker-port", 9092)).isEqualTo(19092);
        assertThat(arguments.port("registry-port", 8081)).isEqualTo(8081);
        assertThat(arguments.path("data-dir")).contains(Path.of("/var/lib/newsflow"));
    }

    @Test
    void shouldNameAnUnknownFlagAndListTheKnownOnes() {
        assertThatThrownBy(() -> CommandLineArguments.parse(new String[] {"--bootstrap", "localhost:9092"}, FLAGS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown flag --bootstrap; known flags: --broker-port, --data-dir, --registry-port");
    }

    @Test
    void shouldRefuseAFlagWithoutValueAndAPortOutOfRange() {
        assertThatThrownBy(() -> CommandLineArguments.parse(new String[] {"--data-dir"}, FLAGS))
                .hasMessage("Flag --data-dir needs a value");
        assertThatThrownBy(() -> CommandLineArguments.parse(new String[] {"--registry-port", "70000"}, FLAGS).port("registry-port", 8081))
                .hasMessage("--registry-port must be a port between 0 and 65535, was 70000");
    }
}
