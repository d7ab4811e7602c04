package org.cxworkbench.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Apache POI inside OSGi. Its bundles are generated from plain Maven jars and import everything optionally, so a
 * missing library shows only as a {@code NoClassDefFoundError} when a workbook is written or read. These tests wire
 * and run it for real.
 */
class PoiInsideOsgiTest {

    @Test
    void poiIsWiredToTheLibrariesItNeedsAtRunTime() {
        assertThat(importedPackages(Workbook.class)).as("org.apache.poi").contains(
                "org.apache.commons.collections4",
                "org.apache.commons.io.input",
                "org.apache.commons.io.output",
                "org.apache.commons.codec.digest",
                "org.apache.commons.math3.util",
                "com.zaxxer.sparsebits",
                "org.apache.logging.log4j");
        assertThat(importedPackages(XSSFWorkbook.class)).as("org.apache.poi.ooxml").contains(
                "org.apache.commons.compress.archivers.zip",
                "org.apache.commons.collections4",
                "org.apache.commons.io",
                "org.apache.xmlbeans",
                "com.graphbuilder.curve",
                "org.apache.logging.log4j");
    }

    @Test
    void writesAndReadsAWorkbookInMemory() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Kosketuspisteet");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("Myymäläkäynti");
            row.createCell(1).setCellValue(7.9);
            workbook.write(out);
        }
        try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = read.getSheet("Kosketuspisteet").getRow(0);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Myymäläkäynti");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7.9);
        }
    }

    @Test
    void streamsALargeSheetThroughTemporaryFiles() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Vastaukset");
            for (int i = 0; i < 5_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("vastaus " + i);
                row.createCell(1).setCellValue(i % 11);
            }
            workbook.write(out);
        }
        try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("Vastaukset");
            assertThat(sheet.getLastRowNum()).isEqualTo(4_999);
            assertThat(sheet.getRow(4_999).getCell(0).getStringCellValue()).isEqualTo("vastaus 4999");
        }
    }

    private static Set<String> importedPackages(Class<?> classOfBundle) {
        Bundle bundle = FrameworkUtil.getBundle(classOfBundle);
        assertThat(bundle).as("bundle of " + classOfBundle.getName()).isNotNull();
        List<BundleWire> wires = bundle.adapt(BundleWiring.class).getRequiredWires(BundleRevision.PACKAGE_NAMESPACE);
        return wires.stream()
                .map(wire -> (String) wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))
                .collect(Collectors.toSet());
    }
}
