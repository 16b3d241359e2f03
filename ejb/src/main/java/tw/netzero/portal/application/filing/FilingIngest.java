package tw.netzero.portal.application.filing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Optional;
import java.util.function.Function;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.idempotency.IdempotencyKeys;
import tw.netzero.portal.domain.model.idempotency.IdempotentRequest;
import tw.netzero.portal.domain.model.idempotency.StoredAnswer;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * The member filing API's submissions with an optional {@code Idempotency-Key} (issue 15, item 2;
 * decision 0025): {@link FilingService#submitFiling} in a transaction that also keeps the answer
 * under the caller's key, so a retry after a lost answer gets the first answer back and stores
 * nothing twice. Only a successful answer is kept: a refused request changed nothing, and its retry
 * is judged again.
 */
@Stateless
public class FilingIngest {

    /** The message key of a key sent again with another request. */
    public static final String REUSED = "idempotency.key.reused";

    @EJB
    private FilingService filings;

    @Inject
    private IdempotencyKeys keys;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Resource
    private SessionContext session;

    /** An answer to the API's caller: status and JSON body (a kept one is given back as it was). */
    public record Answer(int status, String body) {
    }

    /**
     * Submits the filing ({@link FilingService#submitFiling}) and answers with {@code answer}'s JSON of
     * it; with a request key, answers a retry with the kept answer instead, and refuses the key sent
     * with another request ({@code idempotency.key.reused}).
     */
    @RolesAllowed(Roles.MEMBER)
    public Answer submit(Ubn company, Year reportingYear, FilingDraft draft, Long expectedVersion,
                         IdempotentRequest request, Function<FilingDetails, String> answer) {
        Instant now = clock.instant();
        if (request != null) {
            Optional<Answer> kept = kept(request);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        String body = answer.apply(FilingDetails.of(filings.submitFiling(company, reportingYear, draft, expectedVersion)));
        if (request != null) {
            keys.keep(caller(), request.key(), request.item(), new StoredAnswer(request.requestSha256(), 200, body),
                    now, now.plus(settings.apiIdempotency()));
        }
        return new Answer(200, body);
    }

    /**
     * The answer kept for the request's key, if any (also after a failure: a concurrent twin may
     * have stored it meanwhile); refuses the key when it was first sent with another request.
     */
    @RolesAllowed(Roles.MEMBER)
    public Optional<Answer> kept(IdempotentRequest request) {
        Optional<StoredAnswer> kept = keys.find(caller(), request.key(), request.item(), clock.instant());
        if (kept.isPresent() && !kept.get().answers(request.requestSha256())) {
            throw new DomainRuleViolation(REUSED);
        }
        return kept.map(first -> new Answer(first.status(), first.body()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
