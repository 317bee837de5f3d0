package org.omrsneo4j.typesgen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.odpi.openmetadata.opentypes.OpenMetadataTypesArchive;
import org.odpi.openmetadata.repositoryservices.connectors.stores.archivestore.properties.OpenMetadataArchive;
import org.odpi.openmetadata.repositoryservices.connectors.stores.archivestore.properties.OpenMetadataArchiveProperties;
import org.odpi.openmetadata.repositoryservices.connectors.stores.archivestore.properties.OpenMetadataArchiveTypeStore;

/**
 * Writes Egeria's open metadata types archive ({@code OpenMetadataTypes.omarchive}) to a file.
 *
 * <p>The archive comes from Egeria's own {@link OpenMetadataTypesArchive} in the published
 * {@code org.odpi.egeria:open-metadata-types} jar. It is serialised as compact JSON by a default
 * Jackson {@link ObjectMapper}, which is how Egeria's file-based archive store writes
 * {@code .omarchive} files: the beans' Jackson annotations add the {@code "class"} fields.
 *
 * <p>Egeria's sample content packs (SimpleCatalog, SimpleAPICatalog and the others) cannot be
 * generated this way: the {@code simple-catalogs} module that builds them is not published to
 * Maven Central.
 */
public final class TypesArchiveGenerator {

    private static final int EXIT_FAILURE = 1;
    private static final int EXIT_USAGE = 2;

    private static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: java ... org.omrsneo4j.typesgen.TypesArchiveGenerator OUTPUT_FILE",
            "",
            "Writes Egeria's OpenMetadataTypes.omarchive to OUTPUT_FILE (replaced atomically),",
            "then prints the archive's version and type definition counts on standard error.");

    private TypesArchiveGenerator() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("typesgen: expected exactly one argument, the output file; got "
                    + List.of(args) + System.lineSeparator() + USAGE);
            System.exit(EXIT_USAGE);
            return;
        }

        // Egeria logs through SLF4J; only its warnings and errors are of interest here.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path output = Path.of(args[0]).toAbsolutePath().normalize();
        try {
            OpenMetadataArchive archive = new OpenMetadataTypesArchive().getOpenMetadataArchive();
            write(archive, output);
            System.err.println("typesgen: wrote " + output + ": " + summary(archive));
        } catch (IOException | RuntimeException e) {
            System.err.println("typesgen: generate " + output + ": " + e);
            System.exit(EXIT_FAILURE);
        }
    }

    /** Writes the archive next to the output file first, then renames it into place. */
    private static void write(OpenMetadataArchive archive, Path output) throws IOException {
        Path directory = output.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, output.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, new ObjectMapper().writeValueAsBytes(archive));
            // Temporary files are created owner-only; the archive is ordinary readable data.
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String summary(OpenMetadataArchive archive) {
        OpenMetadataArchiveProperties properties = archive.getArchiveProperties();
        OpenMetadataArchiveTypeStore types = archive.getArchiveTypeStore();
        return String.format("archive \"%s\" version %s, %d attributeTypeDefs, %d newTypeDefs, %d typeDefPatches",
                properties.getArchiveName(),
                properties.getArchiveVersion(),
                size(types.getAttributeTypeDefs()),
                size(types.getNewTypeDefs()),
                size(types.getTypeDefPatches()));
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
