package tw.netzero.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.account.PasswordPolicy;

/** Produces the password policy with the list of common passwords shipped in the application. */
@ApplicationScoped
public class CommonPasswords {

    static final String LIST = "/security/common-passwords.txt";

    @Produces
    @Singleton // no client proxy: the produced type is final/immutable
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(load());
    }

    static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
