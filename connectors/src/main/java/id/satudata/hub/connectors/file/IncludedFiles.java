package id.satudata.hub.connectors.file;

import java.util.function.Predicate;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/** Lets the file consumer pick up only the files a pipeline's settings include, by the settings' own rule. */
final class IncludedFiles implements GenericFileFilter<Object> {

    private final Predicate<String> includes;

    IncludedFiles(Predicate<String> includes) {
        this.includes = includes;
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        return !file.isDirectory() && includes.test(file.getFileNameOnly());
    }
}
