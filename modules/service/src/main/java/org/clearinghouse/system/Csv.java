package org.clearinghouse.system;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way to answer in CSV: a header row, RFC 4180 quoting, CRLF line ends, UTF-8
 * with a byte-order mark so that spreadsheets do not guess another encoding.
 */
public final class Csv {

	public static final String MEDIA_TYPE = "text/csv";

	/** Separates the values of a multi-valued field in one cell. */
	public static final String LIST_SEPARATOR = ";";

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private Csv() {
	}

	public static ResponseEntity<byte[]> response(String filename, List<String> header, List<List<?>> rows) {
		StringWriter text = new StringWriter();
		text.write(BYTE_ORDER_MARK);
		try (CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader(header.toArray(String[]::new))
			.get()
			.print(text)) {
			for (List<?> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
