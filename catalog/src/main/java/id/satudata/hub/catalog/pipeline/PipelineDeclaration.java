package id.satudata.hub.catalog.pipeline;

/**
 * A pipeline declaration as a client sent it: the same tree as a {@code pipelines/*.yaml} file, in YAML or JSON.
 *
 * @param text the body as sent
 * @param json whether the text is JSON; YAML otherwise
 */
public record PipelineDeclaration(String text, boolean json) {}
