package tw.netzero.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.text.MessageFormat;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.domain.model.directory.DirectoryPage;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.DirectorySort;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.web.publicdata.DirectoryParameters;
import tw.netzero.portal.web.support.Messages;

/**
 * {@code GET /api/members}: the public directory as open data, with the page's filters as query
 * parameters ({@link DirectoryParameters}), paged ({@code page} from 1, {@code size} 1–100). Field
 * names are stable, dates ISO 8601, numbers JSON numbers, absent values null. The ETag names the
 * data version and the parameters; Last-Modified is when the data last changed; a matching
 * If-None-Match or If-Modified-Since gets 304. A bad parameter gets 400 with an RFC 7807 problem.
 */
@Path("members")
@RequestScoped
public class MemberListResource {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    public static final String LICENCE = "CC-BY-4.0";

    @Inject
    private MemberDirectory directory;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        DirectoryRequest asked;
        try {
            asked = DirectoryParameters.parse(uri.getQueryParameters()::getFirst, DirectorySort.NAME_EN);
        } catch (FieldRuleViolation badParameter) {
            return invalidParameter(badParameter);
        }
        DirectoryPage page = directory.page(asked);
        EntityTag tag = new EntityTag(page.dataTag() + "-"
                + Integer.toHexString(DirectoryParameters.of(asked, DirectorySort.NAME_EN).toString().hashCode()));
        Date lastModified = Date.from(page.asOf().truncatedTo(ChronoUnit.SECONDS));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(json(page), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag).lastModified(lastModified).cacheControl(cache).build();
    }

    private JsonObject json(DirectoryPage page) {
        JsonArrayBuilder items = JsonFields.array();
        page.rows().forEach(row -> items.add(item(row)));
        return JsonFields.object()
                .add("page", page.request().page())
                .add("size", page.request().size())
                .add("totalItems", page.matching())
                .add("totalPages", page.pageCount())
                .add("dataAsOf", page.asOf().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("licence", LICENCE)
                .add("items", items)
                .build();
    }

    private JsonObject item(DirectoryRow row) {
        JsonObjectBuilder item = JsonFields.object()
                .add("ubn", row.ubn())
                .add("nameEn", row.nameEn())
                .add("nameZh", row.nameZh())
                .add("industryGroup", DirectoryParameters.parameterOf(row.group()));
        nullable(item, "memberSince", row.memberSince() == null ? null : row.memberSince().toString());
        item.add("pledgeStatus", row.pledge().parameter());
        nullable(item, "alignment", row.alignment() == null ? null : DirectoryParameters.parameterOf(row.alignment()));
        nullable(item, "scope12Alignment", row.scope12Alignment() == null ? null
                : DirectoryParameters.parameterOf(row.scope12Alignment()));
        nullable(item, "scope3Alignment", row.scope3Alignment() == null ? null
                : DirectoryParameters.parameterOf(row.scope3Alignment()));
        if (row.nearTermYear() == null) {
            item.addNull("nearTermTarget");
        } else {
            item.add("nearTermTarget", JsonFields.object().add("year", row.nearTermYear().getValue())
                    .add("reductionPercent", row.nearTermReductionPercent()));
        }
        if (row.netZeroYear() == null) {
            item.addNull("netZeroYear");
        } else {
            item.add("netZeroYear", row.netZeroYear().getValue());
        }
        if (row.latestReportedYear() == null) {
            item.addNull("latestReportedYear");
        } else {
            item.add("latestReportedYear", row.latestReportedYear().getValue());
        }
        nullable(item, "track", row.track() == null ? null : row.track().parameter());
        return item.build();
    }

    private static void nullable(JsonObjectBuilder item, String name, String value) {
        if (value == null) {
            item.addNull(name);
        } else {
            item.add(name, value);
        }
    }

    /** RFC 7807, in English (the API's language), naming the parameter and what it allows. */
    private Response invalidParameter(FieldRuleViolation violation) {
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        Object[] arguments = violation.arguments().toArray();
        String detail = new MessageFormat(english.getString("api.problem.invalidParameter"), Locale.ENGLISH)
                .format(arguments);
        JsonObject problem = JsonFields.object()
                .add("type", "urn:netzero-portal:problem:invalid-parameter")
                .add("title", "Invalid query parameter")
                .add("status", 400)
                .add("detail", detail)
                .add("instance", uri.getRequestUri().getRawPath() + (uri.getRequestUri().getRawQuery() == null ? ""
                        : "?" + uri.getRequestUri().getRawQuery()))
                .add("parameter", violation.field())
                .build();
        return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON.withCharset("UTF-8"))
                .entity(problem.toString()).build();
    }
}
