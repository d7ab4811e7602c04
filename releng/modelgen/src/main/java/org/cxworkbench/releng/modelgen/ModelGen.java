package org.cxworkbench.releng.modelgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's own generator (the one the Eclipse IDE runs from the .genmodel editor) as a plain Java program, so
 * that the journey model's Java code can be regenerated from Maven Central artifacts alone.
 *
 * <p>The genmodel is created from the .ecore files the first time and reconciled with them afterwards, like
 * EMF's importer does. Projects are mapped to the bundle folders, so the generator merges into the checked-in
 * code and keeps everything marked {@code @generated NOT}. The generator would also write manifests and
 * build files of its own; ours are hand-written in the house style, so they are put back afterwards.
 */
public final class ModelGen {

    private static final String MODEL = "org.cxworkbench.model";
    private static final String EDIT = "org.cxworkbench.model.edit";

    private ModelGen() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path modelDir = root.resolve("bundles").resolve(MODEL);
        Path editDir = root.resolve("bundles").resolve(EDIT);
        Files.createDirectories(editDir);

        EcorePlugin.getPlatformResourceMap().put(MODEL, URI.createFileURI(modelDir + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT, URI.createFileURI(editDir + "/"));
        // The merge rules (emf-merge.xml) and templates are looked up as platform:/plugin/ URIs: serve them
        // from the codegen jar, so that regenerating merges into the checked-in code instead of replacing it.
        String codegenJar = GenModelPackage.class.getProtectionDomain().getCodeSource().getLocation().toString();
        URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.codegen.ecore/"),
                URI.createURI("jar:" + codegenJar + "!/"));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL + "/model/journey.genmodel", true);
        List<EPackage> packages = new ArrayList<>();
        for (String ecore : List.of("journey.ecore", "notation.ecore")) {
            Resource resource = resourceSet.getResource(
                    URI.createPlatformResourceURI("/" + MODEL + "/model/" + ecore, true), true);
            packages.add((EPackage) resource.getContents().get(0));
        }

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(packages);
        configure(genModel);
        Path genModelFile = modelDir.resolve("model/journey.genmodel");
        if (Files.exists(genModelFile)) {
            // Keep what a developer changed in the genmodel: reconcile the fresh one against it.
            GenModel old = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
            old.reconcile(genModel);
            genModel = old;
        } else {
            Resource genResource = resourceSet.createResource(genModelUri);
            genResource.getContents().add(genModel);
        }
        genModel.reconcile();
        genModel.eResource().save(Map.of());

        Map<Path, byte[]> handWritten = snapshot(modelDir, editDir);
        // The model bundle is localized in OSGI-INF/l10n like every other bundle; the generated
        // plugin.properties would only duplicate its name. (The edit bundle keeps it: EMF reads its labels there.)
        // (Seeing Bundle-Localization, the generator would also add its keys to OSGI-INF/l10n/bundle.properties.)
        for (String name : List.of("plugin.properties", "OSGI-INF/l10n/bundle.properties")) {
            Path file = modelDir.resolve(name);
            handWritten.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
        }
        genModel.setCanGenerate(true);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            System.err.println(diagnostic);
            System.exit(1);
        }
        Generator generator = new Generator();
        // Inside Eclipse these come from extension points; standalone they have to be named.
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        BasicMonitor.Printing monitor = new BasicMonitor.Printing(System.out);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, monitor);
            if (result.getSeverity() == Diagnostic.ERROR) {
                System.err.println(result);
                System.exit(1);
            }
        }
        restore(handWritten);
        // Our icons are PNGs (see JourneyEditPlugin#getImage); drop the GIF placeholders the generator draws.
        try (var icons = Files.walk(editDir.resolve("icons"))) {
            for (Path icon : icons.filter(p -> p.toString().endsWith(".gif")).toList()) {
                Files.delete(icon);
            }
        }
        System.out.println("Generated into " + modelDir + " and " + editDir);
    }

    private static void configure(GenModel genModel) {
        genModel.setModelDirectory("/" + MODEL + "/src");
        genModel.setModelPluginID(MODEL);
        genModel.setEditDirectory("/" + EDIT + "/src");
        genModel.setEditPluginID(EDIT);
        genModel.setModelName("Journey");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setCopyrightText("Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);
        // Create-child icons only serve EMF's generated editor, which we do not use; item icons are our PNGs.
        genModel.setCreationIcons(false);
        genModel.getForeignModel().add("journey.ecore");
        genModel.getForeignModel().add("notation.ecore");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage("org.cxworkbench.model");
            String name = genPackage.getEcorePackage().getName();
            genPackage.setPrefix(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        EcoreUtil.resolveAll(genModel);
    }

    private static final List<String> HAND_WRITTEN = List.of("META-INF/MANIFEST.MF", "build.properties",
            "plugin.xml", ".project", ".classpath");

    private static Map<Path, byte[]> snapshot(Path... dirs) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Path dir : dirs) {
            for (String name : HAND_WRITTEN) {
                Path file = dir.resolve(name);
                files.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
            }
        }
        return files;
    }

    private static void restore(Map<Path, byte[]> files) throws IOException {
        for (Map.Entry<Path, byte[]> entry : files.entrySet()) {
            if (entry.getValue() != null) {
                Files.write(entry.getKey(), entry.getValue());
            } else {
                Files.deleteIfExists(entry.getKey());
            }
        }
    }
}
