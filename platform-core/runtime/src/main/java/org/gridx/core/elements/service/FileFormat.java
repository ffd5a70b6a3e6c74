package org.gridx.core.elements.service;

import java.util.Optional;

/**
 * Tells an upload's format by its first bytes, never by its name: XLSX is a ZIP (PK\3\4); CSV is text
 * without NUL bytes. Legacy .xls (OLE2) and anything binary are refused with a hint.
 */
public final class FileFormat {

    public static final String CSV = "csv";
    public static final String XLSX = "xlsx";

    private FileFormat() {
    }

    public static Optional<String> sniff(byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return Optional.of(XLSX);
        }
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return Optional.empty();
            }
        }
        return b.length == 0 ? Optional.empty() : Optional.of(CSV);
    }

    public static String hint(byte[] b) {
        if (b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            return "This is a legacy Excel 97-2003 (.xls) file: save it as .xlsx or CSV and upload again.";
        }
        return b.length == 0 ? "The file is empty." : "The file is neither CSV text nor an XLSX workbook.";
    }
}
