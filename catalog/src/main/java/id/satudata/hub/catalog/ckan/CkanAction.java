package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.dcat.DatasetLinks;

/**
 * One action of CKAN's Action API, served at {@code /api/3/action/<name>}. An action reads only, so it answers GET
 * and POST alike; it returns the {@code result} and fails with a {@link CkanException}.
 */
public interface CkanAction {

    /** The action's name in the URL, e.g. {@code package_show}. */
    String name();

    /** @param links the hub's URLs as seen by this request, for the URLs inside the result */
    Object run(ActionParameters parameters, DatasetLinks links);
}
