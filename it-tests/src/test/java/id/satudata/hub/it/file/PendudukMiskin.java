package id.satudata.hub.it.file;

/** The dataset and file pipeline the repository's config declares for Open Data Jabar's poor population file. */
public final class PendudukMiskin {

    public static final String DATASET = "penduduk-miskin-jabar";
    public static final String PIPELINE = "penduduk-miskin-jabar-csv";

    private PendudukMiskin() {}
}
