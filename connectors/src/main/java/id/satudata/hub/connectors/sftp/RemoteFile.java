package id.satudata.hub.connectors.sftp;

/**
 * A file in an agency's directory as a listing shows it: a file of the same name, size and modification time is
 * taken to be the same file, so it is not downloaded again.
 *
 * @param modified the modification time in milliseconds since the epoch, as the server reports it
 */
public record RemoteFile(String name, long size, long modified) {}
