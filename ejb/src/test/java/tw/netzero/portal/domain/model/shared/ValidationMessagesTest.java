package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.solutions.ProviderRegistration;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipApplication;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.solutions.ProposalContent;

/**
 * Every constraint message of the forms' domain inputs exists in both languages and names only
 * placeholders its constraint fills: a "{min}" in the message of a constraint without a
 * {@code min} attribute reaches the page as it is ("Enter a year between {min} and {max}").
 */
class ValidationMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9.]+)}");
    private static final List<Class<?>> FORM_INPUTS = List.of(PledgeDraft.class, FilingDraft.class,
            FilingDraft.Scope3Figure.class, CompanyProfile.class, MemberCompany.class, MembershipApplication.class,
            ApplicationContact.class, UserAccount.class, ProposalContent.class, ProviderRegistration.class,
            PledgeCommand.class);

    @Test
    void everyMessageExistsInBothLanguagesAndItsPlaceholdersAreFilled() throws Exception {
        Properties english = load("ValidationMessages.properties");
        Properties chinese = load("ValidationMessages_zh_TW.properties");
        List<String> problems = new ArrayList<>();
        for (Class<?> input : FORM_INPUTS) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(input.getDeclaredFields()));
            if (input.isRecord()) {
                Stream.of(input.getRecordComponents()).forEach(elements::add);
            }
            for (AnnotatedElement element : elements) {
                for (Annotation constraint : element.getAnnotations()) {
                    if (!constraint.annotationType().isAnnotationPresent(Constraint.class)) {
                        continue;
                    }
                    for (String template : templates(constraint)) {
                        check(input.getSimpleName() + "." + element + " " + template, template, constraint,
                                english, chinese, problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> templates(Annotation constraint) throws Exception {
        List<String> templates = new ArrayList<>();
        for (String attribute : new String[] {"message", "decimalsMessage"}) {
            try {
                templates.add((String) constraint.annotationType().getMethod(attribute).invoke(constraint));
            } catch (NoSuchMethodException notThere) {
                // only Amount has a second message
            }
        }
        return templates;
    }

    private static void check(String where, String template, Annotation constraint, Properties english,
                              Properties chinese, List<String> problems) {
        Matcher key = KEY.matcher(template);
        if (!key.matches() || template.startsWith("{jakarta.")) {
            return; // the provider's own messages, or literal text
        }
        for (Properties bundle : List.of(english, chinese)) {
            String message = bundle.getProperty(key.group(1));
            if (message == null) {
                problems.add(where + ": missing in " + (bundle == english ? "English" : "zh_TW"));
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(message);
            while (placeholder.find()) {
                if (!hasAttribute(constraint, placeholder.group(1))) {
                    problems.add(where + ": {" + placeholder.group(1) + "} is not an attribute of @"
                            + constraint.annotationType().getSimpleName());
                }
            }
        }
    }

    private static boolean hasAttribute(Annotation constraint, String name) {
        for (Method attribute : constraint.annotationType().getDeclaredMethods()) {
            if (attribute.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
