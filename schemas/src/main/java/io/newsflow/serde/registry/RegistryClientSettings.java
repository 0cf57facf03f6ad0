package io.newsflow.serde.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a schema registry: its instances (tried in turn), timeouts, cache size and credentials.
 *
 * @param urls            base URLs of the registry instances, tried in order until one answers
 * @param connectTimeout  how long to wait for a TCP connection to one instance
 * @param requestTimeout  how long to wait for one instance's answer to one request
 * @param cacheCapacity   entries each client cache (ids, registrations, look-ups, latest versions) holds at most
 * @param latestTtl       how long a subject's latest version is remembered; empty remembers it until evicted,
 *                        zero asks the registry every time
 * @param userInfo        {@code user:password} for HTTP Basic authentication, when the registry requires it
 */
public record RegistryClientSettings(
        List<URI> urls,
        Duration connectTimeout,
        Duration requestTimeout,
        int cacheCapacity,
        Optional<Duration> latestTtl,
        Optional<String> userInfo) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_CACHE_CAPACITY = 1000;

    public RegistryClientSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("At least one schema registry URL is needed");
        }
        urls.forEach(RegistryClientSettings::validate);
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(requestTimeout, "request timeout");
        if (cacheCapacity < 1) {
            throw new IllegalArgumentException("Cache capacity must be at least 1, was " + cacheCapacity);
        }
        Objects.requireNonNull(latestTtl, "latestTtl");
        latestTtl.ifPresent(ttl -> {
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("Latest-version TTL must not be negative, was " + ttl);
            }
        });
        Objects.requireNonNull(userInfo, "userInfo");
    }

    /**
     * Settings with defaults for a comma-separated list of base URLs ({@code http://sr1:8081,http://sr2:8081}).
     * Credentials written into a URL ({@code http://user:secret@sr1:8081}) are taken out of it and used for
     * Basic authentication.
     */
    public static RegistryClientSettings forUrls(String commaSeparatedUrls) {
        return forUrls(List.of(commaSeparatedUrls.split(",")));
    }

    /** Settings with defaults for a list of base URLs; see {@link #forUrls(String)}. */
    public static RegistryClientSettings forUrls(List<String> urls) {
        List<URI> parsed = new ArrayList<>();
        Optional<String> userInfo = Optional.empty();
        for (String url : urls) {
            if (url.isBlank()) {
                continue;
            }
            URI uri = parse(url.trim());
            if (uri.getRawUserInfo() != null) {
                userInfo = Optional.of(uri.getUserInfo());
                uri = withoutUserInfo(uri);
            }
            parsed.add(uri);
        }
        return new RegistryClientSettings(parsed, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_CACHE_CAPACITY, Optional.empty(), userInfo);
    }

    public RegistryClientSettings withTimeouts(Duration connect, Duration request) {
        return new RegistryClientSettings(urls, connect, request, cacheCapacity, latestTtl, userInfo);
    }

    public RegistryClientSettings withCacheCapacity(int capacity) {
        return new RegistryClientSettings(urls, connectTimeout, requestTimeout, capacity, latestTtl, userInfo);
    }

    public RegistryClientSettings withLatestTtl(Duration ttl) {
        return new RegistryClientSettings(urls, connectTimeout, requestTimeout, cacheCapacity, Optional.of(ttl), userInfo);
    }

    public RegistryClientSettings withUserInfo(String userAndPassword) {
        if (!userAndPassword.contains(":")) {
            throw new IllegalArgumentException("Schema registry user info must have the form user:password");
        }
        return new RegistryClientSettings(urls, connectTimeout, requestTimeout, cacheCapacity, latestTtl,
                Optional.of(userAndPassword));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "RegistryClientSettings[urls=" + urls + ", connectTimeout=" + connectTimeout + ", requestTimeout="
                + requestTimeout + ", cacheCapacity=" + cacheCapacity + ", latestTtl=" + latestTtl
                + ", userInfo=" + userInfo.map(info -> info.substring(0, info.indexOf(':') + 1) + "[hidden]") + "]";
    }

    private static URI parse(String url) {
        try {
            String withoutTrailingSlash = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return new URI(withoutTrailingSlash);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Schema registry URL '" + url + "' is not a valid URL: " + e.getMessage(), e);
        }
    }

    private static void validate(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Schema registry URL '" + url + "' must start with http:// or https://"
                    + (scheme.equals("mock") ? " (for tests, pass a MockSchemaRegistryClient to the serde instead)" : ""));
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("Schema registry URL '" + url + "' has no host name");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Schema registry URL '" + url.getHost()
                    + "' must not carry credentials here; pass them as userInfo");
        }
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Schema registry URL for host " + uri.getHost() + " is not valid", e);
        }
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("The schema registry " + what + " must be positive, was " + duration);
        }
    }
}
