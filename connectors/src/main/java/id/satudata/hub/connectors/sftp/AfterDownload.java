package id.satudata.hub.connectors.sftp;

/**
 * What happens to a remote file once it is safely in the pipeline's inbox. Agency files are kept unless a pipeline
 * asks otherwise: the hub then remembers what it downloaded, so a kept file is not fetched again until it changes.
 *
 * @param moveTo the remote directory of {@link Action#MOVE}, else {@code null}
 */
public record AfterDownload(Action action, String moveTo) {

    public static final AfterDownload KEEP = new AfterDownload(Action.KEEP, null);

    public enum Action {
        KEEP,
        DELETE,
        MOVE
    }
}
