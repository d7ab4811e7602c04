package org.cxworkbench.services.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.Importer;

/**
 * What to import: one export file (CSV or XLSX) for one journey, with a saved mapping or one matched from the file's
 * headers, into a store, with what the user knows about the file. Immutable; made with {@link #builder(Path)}.
 */
public final class SurveyImportRequest {

    /** How many rejections the result lists when not told; all are stored. */
    public static final int DEFAULT_REJECTION_LIMIT = 20;

    private final Builder b;

    private SurveyImportRequest(Builder builder) {
        this.b = builder.copy();
    }

    /** A request to import {@code file}; it needs a journey, and a store unless one is given to the run. */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    public Path file() {
        return b.file;
    }

    /** The journey, when given as a model object; else {@link #journeyFile()}. */
    public Journey journey() {
        return b.journey;
    }

    /** The {@code .journey} file, read (and migrated) by the import when no {@link #journey()} is given. */
    public Path journeyFile() {
        return b.journeyFile;
    }

    /** The mapping given as an object, or null. */
    public ColumnMapping mapping() {
        return b.mapping;
    }

    /** The saved mapping to read, or null; with neither this nor {@link #mapping()} the columns are matched. */
    public Path mappingFile() {
        return b.mappingFile;
    }

    /** Where to save the mapping used, or null. */
    public Path saveMappingTo() {
        return b.saveMappingTo;
    }

    /** The source, checked and stripped; {@link Importer#DEFAULT_SOURCE} when none was given. */
    public String source() {
        return b.source;
    }

    public Charset encoding() {
        return b.encoding;
    }

    public Character separator() {
        return b.separator;
    }

    public Dialect dialect() {
        return b.dialect;
    }

    /** The decimal mark the user set ({@code ','} or {@code '.'}), or null to detect it. */
    public Character decimalMark() {
        return b.decimalMark;
    }

    public DateOrder dateOrder() {
        return b.dateOrder;
    }

    /** Import even content imported before; its earlier answers are replaced. */
    public boolean force() {
        return b.force;
    }

    public int rejectionLimit() {
        return b.rejectionLimit;
    }

    /** The store to open for writing, when the run is not given an open one. */
    public StoreLocation store() {
        return b.store;
    }

    public String user() {
        return b.user;
    }

    public String password() {
        return b.password;
    }

    /** The metrics the measurement points are checked with; the running product's when not given. */
    public MetricRegistry metrics() {
        return b.metrics != null ? b.metrics : MetricRegistry.getDefault();
    }

    public SurveyImportListener listener() {
        return b.listener;
    }

    /** Builds a {@link SurveyImportRequest}. */
    public static final class Builder {

        private final Path file;
        private Journey journey;
        private Path journeyFile;
        private ColumnMapping mapping;
        private Path mappingFile;
        private Path saveMappingTo;
        private String source = Importer.DEFAULT_SOURCE;
        private Charset encoding;
        private Character separator;
        private Dialect dialect;
        private Character decimalMark;
        private DateOrder dateOrder;
        private boolean force;
        private int rejectionLimit = DEFAULT_REJECTION_LIMIT;
        private StoreLocation store;
        private String user;
        private String password;
        private MetricRegistry metrics;
        private SurveyImportListener listener = SurveyImportListener.NONE;

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file);
        }

        private Builder copy() {
            Builder c = new Builder(file);
            c.journey = journey;
            c.journeyFile = journeyFile;
            c.mapping = mapping;
            c.mappingFile = mappingFile;
            c.saveMappingTo = saveMappingTo;
            c.source = source;
            c.encoding = encoding;
            c.separator = separator;
            c.dialect = dialect;
            c.decimalMark = decimalMark;
            c.dateOrder = dateOrder;
            c.force = force;
            c.rejectionLimit = rejectionLimit;
            c.store = store;
            c.user = user;
            c.password = password;
            c.metrics = metrics;
            c.listener = listener;
            return c;
        }

        public Builder journey(Journey value) {
            this.journey = value;
            return this;
        }

        public Builder journeyFile(Path value) {
            this.journeyFile = value;
            return this;
        }

        public Builder mapping(ColumnMapping value) {
            this.mapping = value;
            return this;
        }

        public Builder mappingFile(Path value) {
            this.mappingFile = value;
            return this;
        }

        public Builder saveMappingTo(Path value) {
            this.saveMappingTo = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException for a name the store refuses (blank, too long, control characters),
         *         saying why
         */
        public Builder source(String value) {
            this.source = value == null ? Importer.DEFAULT_SOURCE : Importer.checkSource(value);
            return this;
        }

        public Builder encoding(Charset value) {
            this.encoding = value;
            return this;
        }

        public Builder separator(Character value) {
            this.separator = value;
            return this;
        }

        public Builder dialect(Dialect value) {
            this.dialect = value;
            return this;
        }

        /** The decimal mark of a delimited file's numbers, instead of detecting it; null detects. */
        public Builder decimalMark(Character value) {
            this.decimalMark = value;
            return this;
        }

        public Builder dateOrder(DateOrder value) {
            this.dateOrder = value;
            return this;
        }

        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        public Builder rejectionLimit(int value) {
            this.rejectionLimit = value;
            return this;
        }

        /** The store to open for writing, with the credentials of a network store. */
        public Builder store(StoreLocation location, String storeUser, String storePassword) {
            this.store = location;
            this.user = storeUser;
            this.password = storePassword;
            return this;
        }

        public Builder metrics(MetricRegistry value) {
            this.metrics = value;
            return this;
        }

        public Builder listener(SurveyImportListener value) {
            this.listener = value == null ? SurveyImportListener.NONE : value;
            return this;
        }

        public SurveyImportRequest build() {
            if (journey == null && journeyFile == null) {
                throw new IllegalStateException("an import needs a journey or a journey file");
            }
            return new SurveyImportRequest(this);
        }
    }
}
