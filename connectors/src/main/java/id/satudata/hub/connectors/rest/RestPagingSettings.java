package id.satudata.hub.connectors.rest;

import com.jayway.jsonpath.JsonPath;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingProblem;
import id.satudata.hub.connectors.config.SettingValidator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a REST source's API pages its data, from the {@code pagination} settings.
 *
 * @param style {@code none}, {@code page}, {@code offset}, {@code cursor}, {@code next-link} or {@code link-header}
 * @param pageParam the page number's or offset's query parameter
 * @param pageStart the first page's number
 * @param sizeParam the page size's query parameter, or {@code null} to leave the size to the API
 * @param pageSize the page size sent
 * @param cursorParam the query parameter that sends the cursor
 * @param cursorPath where a page's body holds the next cursor
 * @param nextPath where a page's body holds the next page's URL
 */
public record RestPagingSettings(
        String style,
        String pageParam,
        long pageStart,
        String sizeParam,
        int pageSize,
        String cursorParam,
        String cursorPath,
        String nextPath) {

    public static final Setting<String> PAGINATION = Setting.choice(
                    "pagination", "none", "page", "offset", "cursor", "next-link", "link-header")
            .withDefault("none")
            .doc("How the API pages its data; none reads one page.");
    public static final Setting<String> PAGE_PARAM =
            Setting.string("page-param").doc("The query parameter of the page number (page) or offset (offset).");
    public static final Setting<Long> PAGE_START = Setting.longInteger("page-start")
            .validatedBy(SettingValidator.atLeast(0))
            .doc("The number of the first page (default 1).");
    public static final Setting<String> SIZE_PARAM = Setting.string("size-param")
            .doc("The query parameter of the page size (offset: default limit; page: none, not sent).");
    public static final Setting<Integer> PAGE_SIZE = Setting.integer("page-size")
            .validatedBy(SettingValidator.between(1, 100_000))
            .doc("Records per page asked for in size-param (default 100).");
    public static final Setting<String> CURSOR_PARAM =
            Setting.string("cursor-param").doc("The query parameter that sends the cursor (default cursor).");
    public static final Setting<String> CURSOR_PATH =
            RestSettingTypes.jsonPath("cursor-path").doc("Where a page's body holds the next cursor.");
    public static final Setting<String> NEXT_PATH =
            RestSettingTypes.jsonPath("next-path").doc("Where a page's body holds the next page's URL.");

    static final List<Setting<?>> SETTINGS =
            List.of(PAGINATION, PAGE_PARAM, PAGE_START, SIZE_PARAM, PAGE_SIZE, CURSOR_PARAM, CURSOR_PATH, NEXT_PATH);

    private static final Map<Setting<?>, Set<String>> APPLIES_TO = Map.of(
            PAGE_PARAM, Set.of("page", "offset"),
            PAGE_START, Set.of("page"),
            SIZE_PARAM, Set.of("page", "offset"),
            PAGE_SIZE, Set.of("page", "offset"),
            CURSOR_PARAM, Set.of("cursor"),
            CURSOR_PATH, Set.of("cursor"),
            NEXT_PATH, Set.of("next-link"));
    private static final Map<String, List<Setting<?>>> REQUIRES =
            Map.of("cursor", List.of(CURSOR_PATH), "next-link", List.of(NEXT_PATH));

    static RestPagingSettings from(ParsedSettings parsed, List<SettingProblem> problems) {
        RestSettingTypes.checkChoice(parsed, PAGINATION, APPLIES_TO, REQUIRES, problems);
        String style = parsed.get(PAGINATION);
        return new RestPagingSettings(
                style,
                or(parsed.get(PAGE_PARAM), style.equals("offset") ? "offset" : "page"),
                or(parsed.get(PAGE_START), 1L),
                or(parsed.get(SIZE_PARAM), style.equals("offset") ? "limit" : null),
                or(parsed.get(PAGE_SIZE), 100),
                or(parsed.get(CURSOR_PARAM), "cursor"),
                parsed.get(CURSOR_PATH),
                parsed.get(NEXT_PATH));
    }

    /** The pagination; links the API echoes drop these credential parameters before they are committed. */
    Pagination pagination(Set<String> credentialParams) {
        return switch (style) {
            case "page" -> CountedPages.pageNumbers(pageParam, pageStart, sizeParam, pageSize);
            case "offset" -> CountedPages.offsets(pageParam, sizeParam, pageSize);
            case "cursor" -> new CursorPages(JsonPath.compile(cursorPath), cursorParam);
            case "next-link" -> LinkedPages.inBody(JsonPath.compile(nextPath), credentialParams);
            case "link-header" -> LinkedPages.inLinkHeader(credentialParams);
            default -> Pagination.SINGLE_PAGE;
        };
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
