package org.clearinghouse.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cluster's database, read directly: the event store, the tokens, the read models.
 */
final class Database {

	private final String url;

	Database(String url) {
		this.url = url;
	}

	long count(String sql, Object... parameters) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	String text(String sql, Object... parameters) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getString(1);
		}
	}

	Set<String> strings(String sql, Object... parameters) throws SQLException {
		Set<String> values = new HashSet<>();
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/** Each row's columns joined by a space. */
	List<String> rows(String sql, Object... parameters) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= columns; c++) {
					row.append(c > 1 ? " " : "").append(rows.getString(c));
				}
				values.add(row.toString());
			}
		}
		return values;
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
