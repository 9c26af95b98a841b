package id.satudata.hub.connectors.cdc;

import java.util.Properties;

/**
 * Where a MariaDB engine keeps its schema history: the hub database, through {@link HubSchemaHistory}, so that no
 * file under the data directory decides whether the hub can resume.
 *
 * @param jdbcUrl the hub database's URL, user and password, as the hub's datasource has them
 */
public record HubHistory(String jdbcUrl, String user, String password) {

    void configure(Properties props, String engineName) {
        props.setProperty("schema.history.internal", HubSchemaHistory.class.getName());
        props.setProperty(HubSchemaHistory.PREFIX + "url", jdbcUrl);
        props.setProperty(HubSchemaHistory.PREFIX + "user", user);
        props.setProperty(HubSchemaHistory.PREFIX + "password", password == null ? "" : password);
        props.setProperty(HubSchemaHistory.PREFIX + "engine", engineName);
    }
}
