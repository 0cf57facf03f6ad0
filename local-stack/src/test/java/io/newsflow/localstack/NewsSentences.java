package io.newsflow.localstack;

import java.util.List;

/** Sentences from the reference article (../shared/seeds), used as record values in broker tests. */
public final class NewsSentences {

    public static final String HUNTED = "Verdens mest etterlyste mann, den lyssky IS-lederen Abu Bakr al-Baghdadi, er jaktet på fra alle kanter.";
    public static final String INVESTIGATING = "Den russiske forsvarsministeren sier de nå undersøker om ett av deres angrep kan ha drept Abu Bakr al-Baghdadi.";
    public static final String RAQQA = "Angrepet skal ha funnet sted i IS sin såkalte hovedstad i Syria, Raqqa, den 28. mai i år.";
    public static final String MOSUL = "IS er snart drevet helt ut av millionbyen Mosul i Irak, og kurdisk-ledede bakkestyrker har rykket inn i den syriske IS-bastionen Raqqa med hjelp amerikanske bombefly.";
    public static final String RUMOURS = "Mange ulike aktører har hevdet at de enten har skadet eller drept Baghdadi tidligere, uten at nyhetene har vist seg å stemme.";

    public static final List<String> ALL = List.of(HUNTED, INVESTIGATING, RAQQA, MOSUL, RUMOURS);

    private NewsSentences() {
    }
}
