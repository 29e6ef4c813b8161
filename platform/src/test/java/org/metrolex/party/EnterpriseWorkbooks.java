package org.metrolex.party;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.metrolex.metrology.identifier.CreditCode;

/** Test data builder: small .xlsx files made in memory, one array per row; null leaves the cell out. */
public final class EnterpriseWorkbooks {

    public static final Object[] CHINESE_HEADER = {"统一社会信用代码", "名称", "地址", "区划代码", "类别", "法定代表人", "联系电话"};
    public static final Object[] ENGLISH_HEADER = {"creditCode", "name", "address", "regionCode", "category",
            "legalRepresentative", "contactPhone"};

    private final List<Object[]> rows = new ArrayList<>();

    public static EnterpriseWorkbooks sheet(Object[] header) {
        EnterpriseWorkbooks b = new EnterpriseWorkbooks();
        b.rows.add(header);
        return b;
    }

    public EnterpriseWorkbooks row(Object... cells) {
        rows.add(cells);
        return this;
    }

    /** A row with no cells at all, as left behind by deleting a row's contents in Excel. */
    public EnterpriseWorkbooks blankRow() {
        rows.add(new Object[0]);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("企业");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }

    /**
     * A fictitious credit code for the region with a valid GB 32100 check character; the random tail
     * keeps tests that share one database from colliding.
     */
    public static String creditCode(String regionCode) {
        StringBuilder sb = new StringBuilder("91").append(regionCode).append("T");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            sb.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheckCharacter(String code) {
        char good = code.charAt(17);
        char bad = good == '0' ? '1' : '0';
        return code.substring(0, 17) + bad;
    }
}
