package tw.netzero.portal.domain.model.history;

import java.io.Serializable;
import java.util.List;

/** Why a row of an import file cannot be imported: a message key and the arguments that fill it. */
public record RowProblem(String messageKey, List<Object> arguments) implements Serializable {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    public static RowProblem of(String messageKey, Object... arguments) {
        return new RowProblem(messageKey, List.of(arguments));
    }
}
