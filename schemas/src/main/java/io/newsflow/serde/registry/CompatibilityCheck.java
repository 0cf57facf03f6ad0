package io.newsflow.serde.registry;

import java.util.List;

/** The answer to "may this schema become the subject's next version?", with the reasons when it may not. */
public record CompatibilityCheck(boolean isCompatible, List<String> incompatibilities) {

    public CompatibilityCheck {
        incompatibilities = List.copyOf(incompatibilities);
    }

    public static CompatibilityCheck compatible() {
        return new CompatibilityCheck(true, List.of());
    }

    public static CompatibilityCheck incompatible(List<String> incompatibilities) {
        return new CompatibilityCheck(false, incompatibilities);
    }
}
