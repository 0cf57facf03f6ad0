package io.newsflow.runtime.config;

/** A setting has a value that cannot be used; the message names the variable and the rule. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
