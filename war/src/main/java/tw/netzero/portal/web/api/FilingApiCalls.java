package tw.netzero.portal.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tw.netzero.portal.application.StorageFull;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.filing.FilingDetails;
import tw.netzero.portal.application.filing.FilingIngest;
import tw.netzero.portal.application.filing.FilingIngest.Answer;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.idempotency.IdempotencyKey;
import tw.netzero.portal.domain.model.idempotency.IdempotentRequest;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.Messages;

/**
 * What the member filing API's single PUT and batch POST share: the caller's checks, one filing's
 * submission through {@link FilingIngest} (with its Idempotency-Key) and the service's refusals
 * as problems, in the caller's language where the portal has the text.
 */
@RequestScoped
public class FilingApiCalls {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern VERSION = Pattern.compile("\"?(\\d{1,18})\"?");
    /** Refusals that concern the stored filing rather than the figures sent. */
    private static final Set<String> CONFLICTS = Set.of("filing.notEditable", "filing.duplicateYear",
            ConcurrentChange.MESSAGE_KEY, "filing.workflow.illegalMove");

    @Inject
    private FilingIngest ingest;

    @Inject
    private FilingService filings;

    @Inject
    private Language language;

    @Inject
    private PortalSettings settings;

    /** A signed-in member, from the portal's own pages or a non-browser client, filing for a valid UBN. */
    Ubn requireMember(SecurityContext caller, UriInfo requested, String origin, String ubn) {
        if (!OwnOrigin.allows(origin, requested.getRequestUri(), settings.configuredBaseUrl())) {
            throw new ApiProblem(Status.FORBIDDEN, "Requests from other sites are not accepted.");
        }
        if (caller.getUserPrincipal() == null) {
            throw new ApiProblem(Status.UNAUTHORIZED, "Sign in to the portal first; send its session cookie.");
        }
        if (!caller.isUserInRole(Roles.MEMBER)) {
            throw new ApiProblem(Status.FORBIDDEN, "Only users of a member company file for it.");
        }
        if (!Ubn.isValid(ubn)) {
            throw ApiProblem.badParameter("ubn", "not a Unified Business Number (8 digits with a valid check digit).");
        }
        return Ubn.of(ubn);
    }

    static Year year(String year, String name) {
        if (year == null || !YEAR.matcher(year).matches()) {
            throw ApiProblem.badParameter(name, "a year must be four digits, like 2025.");
        }
        return Year.of(Integer.parseInt(year));
    }

    static Long expectedVersion(String ifMatch, String name) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var matcher = VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw ApiProblem.badParameter(name, "the filing's version as a number, like \"3\".");
        }
        return Long.valueOf(matcher.group(1));
    }

    /** The request's key and fingerprint; null without the header. */
    IdempotentRequest idempotent(String key, String method, UriInfo requested, String body) {
        if (key == null) {
            return null;
        }
        return call(() -> IdempotentRequest.of(new IdempotencyKey(key), IdempotentRequest.SINGLE, method,
                requested.getRequestUri().getRawPath(), body));
    }

    /**
     * Submits one filing and answers with its JSON; a refusal is thrown as an {@link ApiProblem}.
     * After a failure with a key, the answer a concurrent twin kept meanwhile is the answer.
     */
    Answer submit(Ubn ubn, Year year, FilingDraft draft, Long expectedVersion, IdempotentRequest request) {
        try {
            return call(() -> ingest.submit(ubn, year, draft, expectedVersion, request,
                    filing -> FilingJson.submitted(ubn.value(), filing).toString()));
        } catch (ApiProblem | EJBException failed) {
            if (request == null) {
                throw failed;
            }
            Optional<Answer> kept = call(() -> ingest.kept(request));
            if (kept.isPresent()) {
                return kept.get();
            }
            throw failed;
        }
    }

    /** The company's latest filing of the year as JSON ({@link FilingJson#filed}); 404 when it has none. */
    JsonObject filed(Ubn ubn, Year year) {
        FilingDetails filing = call(() -> filings.ownFilingOf(ubn, year))
                .orElseThrow(() -> ApiProblem.notFound("The company has no filing for " + year + "."));
        return FilingJson.filed(ubn.value(), filing);
    }

    /** The service's refusals as problems. */
    <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (FieldRuleViolation atField) {
            throw ApiProblem.invalidField(atField.field(), text(atField));
        } catch (StorageFull full) {
            throw full; // not the caller's fault: 507 with Retry-After (ProblemResponses)
        } catch (DomainRuleViolation refused) {
            if (FilingIngest.REUSED.equals(refused.messageKey())) {
                throw new ApiProblem(ApiProblem.UNPROCESSABLE_CONTENT, text(refused));
            }
            if (CONFLICTS.contains(refused.messageKey())) {
                throw new ApiProblem(Status.CONFLICT, text(refused));
            }
            String field = fieldOf(refused);
            throw field == null ? new ApiProblem(Status.BAD_REQUEST, text(refused))
                    : ApiProblem.invalidField(field, text(refused));
        } catch (ConstraintViolationException invalid) {
            ConstraintViolation<?> first = invalid.getConstraintViolations().iterator().next();
            throw ApiProblem.invalidField(fieldOf(first.getPropertyPath()), first.getMessage());
        } catch (AccessDenied | EJBAccessException denied) {
            throw new ApiProblem(Status.FORBIDDEN, "Only users of this company may file for it.");
        }
    }

    private String text(DomainRuleViolation refused) {
        return Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray());
    }

    /** The body field a rule of the figures concerns, named as in the JSON. */
    private static String fieldOf(DomainRuleViolation refused) {
        return switch (refused.messageKey()) {
            case "filing.scope3.emissionsRequired" -> "scope3." + refused.arguments().get(0) + ".tonnes";
            case "filing.energy.negative" -> "energyMwh";
            default -> null;
        };
    }

    /**
     * A violated constraint's place as the JSON names it: {@code scope1}, {@code scope3.4.tonnes},
     * {@code verification.SCOPE_1.verifier}; the path parameters by their names.
     */
    private static String fieldOf(Path path) {
        StringJoiner field = new StringJoiner(".");
        String lastKey = null;
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                parameter = index == 0 ? "ubn" : index == 1 ? "year" : null;
                continue;
            }
            if (node.isInIterable() && node.getKey() != null) {
                String key = node.getKey() instanceof Scope3Category category ? String.valueOf(category.number())
                        : node.getKey().toString();
                if (!key.equals(lastKey)) {
                    field.add(key);
                    lastKey = key;
                }
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.add(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : parameter != null ? parameter : "body";
    }
}
