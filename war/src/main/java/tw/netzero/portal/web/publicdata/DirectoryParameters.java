package tw.netzero.portal.web.publicdata;

import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.directory.DirectoryFilter;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectorySort;
import tw.netzero.portal.domain.model.directory.PledgeStanding;
import tw.netzero.portal.domain.model.directory.TrackBadge;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * The directory's URL parameters: the page, the downloads and the open data API read a
 * {@link DirectoryRequest} from the same parameters ({@link #parse}) and write it back into links
 * ({@link #of}), so a filtered view is a URL that can be shared.
 */
public final class DirectoryParameters {

    public static final int MAX_TEXT_LENGTH = 100;
    /** Target years outside this range are not years anyone pledges for: refused, not searched. */
    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;
    /** Beyond this a page number is a mistake (100,000 members at the smallest page size). */
    public static final int MAX_PAGE = 100_000;

    public static final String GROUP = "group";
    public static final String PLEDGE = "pledge";
    public static final String ALIGNMENT = "alignment";
    /** The near-term scope 1+2 target's alignment, e.g. {@code scope12=1.5c}. */
    public static final String SCOPE12_ALIGNMENT = "scope12";
    /** The near-term scope 3 target's alignment, e.g. {@code scope3=well-below-2c}. */
    public static final String SCOPE3_ALIGNMENT = "scope3";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String TRACK = "track";
    public static final String TEXT = "q";
    public static final String SORT = "sort";
    public static final String ORDER = "order";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** The message key of every refused parameter; its arguments are the parameter and the allowed values. */
    public static final String INVALID = "directory.parameter.invalid";

    private DirectoryParameters() {
    }

    /** The stable name of an alignment in URLs, files and the API. */
    public static String parameterOf(Alignment alignment) {
        return switch (alignment) {
            case ONE_POINT_FIVE_C -> "1.5c";
            case WELL_BELOW_TWO_C -> "well-below-2c";
            case TWO_C -> "2c";
            case NOT_ALIGNED -> "not-aligned";
        };
    }

    /** The stable name of an industry group in URLs, files and the API. */
    public static String parameterOf(IndustryGroup group) {
        return group.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads the parameters (absent or blank: not set). Refuses an unknown value, a malformed
     * number, a page size outside 1..{@value DirectoryRequest#MAX_SIZE} or a page outside 1..{@value #MAX_PAGE}
     * with a {@link FieldRuleViolation} naming the parameter.
     *
     * @param defaultSort the sort when none is asked for (readers of Chinese get Chinese name order)
     */
    public static DirectoryRequest parse(Function<String, String> parameters, DirectorySort defaultSort) {
        Function<String, String> value = name -> {
            String raw = parameters.apply(name);
            return raw == null || raw.isBlank() ? null : raw.strip();
        };
        DirectoryFilter filter = new DirectoryFilter(
                choice(value, GROUP, IndustryGroup.values(), DirectoryParameters::parameterOf),
                choice(value, PLEDGE, PledgeStanding.values(), PledgeStanding::parameter),
                choice(value, ALIGNMENT, Alignment.values(), DirectoryParameters::parameterOf),
                year(value, FROM), year(value, TO),
                choice(value, TRACK, TrackBadge.values(), TrackBadge::parameter),
                text(value),
                choice(value, SCOPE12_ALIGNMENT, Alignment.values(), DirectoryParameters::parameterOf),
                choice(value, SCOPE3_ALIGNMENT, Alignment.values(), DirectoryParameters::parameterOf));
        DirectorySort sort = Optional.ofNullable(choice(value, SORT, DirectorySort.values(), DirectorySort::parameter))
                .orElse(defaultSort);
        String order = value.apply(ORDER);
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw new FieldRuleViolation(ORDER, INVALID, ORDER, "asc, desc");
        }
        return new DirectoryRequest(filter, sort, !"desc".equals(order),
                number(value, PAGE, 1, MAX_PAGE, 1),
                number(value, SIZE, 1, DirectoryRequest.MAX_SIZE, DirectoryRequest.DEFAULT_SIZE));
    }

    /**
     * The parameters that ask for this request, in a fixed order, leaving out what is default
     * (null values are left out too).
     */
    public static Map<String, String> of(DirectoryRequest request, DirectorySort defaultSort) {
        DirectoryFilter filter = request.filter();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(TEXT, filter.text());
        parameters.put(GROUP, filter.group() == null ? null : parameterOf(filter.group()));
        parameters.put(PLEDGE, filter.pledge() == null ? null : filter.pledge().parameter());
        parameters.put(ALIGNMENT, filter.alignment() == null ? null : parameterOf(filter.alignment()));
        parameters.put(SCOPE12_ALIGNMENT, filter.scope12Alignment() == null ? null
                : parameterOf(filter.scope12Alignment()));
        parameters.put(SCOPE3_ALIGNMENT, filter.scope3Alignment() == null ? null
                : parameterOf(filter.scope3Alignment()));
        parameters.put(FROM, filter.nearTermFrom() == null ? null : filter.nearTermFrom().toString());
        parameters.put(TO, filter.nearTermTo() == null ? null : filter.nearTermTo().toString());
        parameters.put(TRACK, filter.track() == null ? null : filter.track().parameter());
        parameters.put(SORT, request.sort() == defaultSort ? null : request.sort().parameter());
        parameters.put(ORDER, request.ascending() ? null : "desc");
        parameters.put(PAGE, request.page() == 1 ? null : Integer.toString(request.page()));
        parameters.put(SIZE, request.size() == DirectoryRequest.DEFAULT_SIZE ? null : Integer.toString(request.size()));
        parameters.values().removeIf(java.util.Objects::isNull);
        return parameters;
    }

    private static <T> T choice(Function<String, String> value, String name, T[] choices,
                                Function<T, String> parameterOf) {
        String given = value.apply(name);
        if (given == null) {
            return null;
        }
        return Arrays.stream(choices).filter(choice -> parameterOf.apply(choice).equals(given)).findFirst()
                .orElseThrow(() -> new FieldRuleViolation(name, INVALID, name,
                        String.join(", ", Arrays.stream(choices).map(parameterOf).toList())));
    }

    private static Year year(Function<String, String> value, String name) {
        String given = value.apply(name);
        return given == null ? null : Year.of(number(value, name, MIN_YEAR, MAX_YEAR, 0));
    }

    private static int number(Function<String, String> value, String name, int min, int max, int absent) {
        String given = value.apply(name);
        if (given == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(given);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like a number out of range
        }
        throw new FieldRuleViolation(name, INVALID, name, min + "–" + max);
    }

    private static String text(Function<String, String> value) {
        String given = value.apply(TEXT);
        if (given != null && given.length() > MAX_TEXT_LENGTH) {
            throw new FieldRuleViolation(TEXT, INVALID, TEXT, "≤ " + MAX_TEXT_LENGTH);
        }
        return given;
    }
}
