package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;

/**
 * A solution provider's organisation as its own page reads it: a read-only copy of {@link SolutionProvider}
 * (issue 19, item 2).
 */
public record ProviderDetails(long accountId, String organisation, String country) implements Serializable {

    private static final long serialVersionUID = 1L;

    static ProviderDetails of(SolutionProvider provider) {
        return new ProviderDetails(provider.accountId(), provider.organisation(), provider.country());
    }
}
