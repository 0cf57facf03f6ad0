package io.newsflow.runtime.config;

import java.util.List;

/** Renders declared settings as the Markdown table the README shows. */
public final class SettingsTable {
  private SettingsTable() {}

  public static String markdown(List<Setting<?>> settings) {
    StringBuilder out = new StringBuilder();
    out.append("| Variable | Type | Default | Description |\n");
    out.append("|---|---|---|---|\n");
    for (Setting<?> s : settings) {
      String rule = s.rule().isEmpty() ? "" : " (" + s.rule() + ")";
      out.append("| `").append(s.env()).append("` | ").append(s.type().replace("|", "\\|")).append(" | ")
          .append(s.defaultText().isEmpty() ? "" : "`" + s.defaultText().replace("|", "\\|") + "`")
          .append(" | ").append(s.description().replace("|", "\\|")).append(rule).append(" |\n");
    }
    return out.toString();
  }
}
