package org.liaison.system.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.PostgresServer;

/** One service's database, read by a benchmark to know when the service has finished its work. */
record ServiceDatabase(PostgresServer postgres, String name) {

    DirectoryFixture.Replica replica() {
        return new DirectoryFixture.Replica(name, postgres.jdbcUrl(name), postgres.username(), postgres.password());
    }

    /** The number {@code sql} selects; a collection parameter is passed as a text array (write {@code = any(?)}). */
    long count(String sql, Object... params) throws SQLException {
        List<String> rows = strings(sql, params);
        return Long.parseLong(rows.get(0));
    }

    /** The first column of every row {@code sql} selects, as text. */
    List<String> strings(String sql, Object... params) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(name), postgres.username(), postgres.password());
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Collection<?> values) {
                    Array array = db.createArrayOf("text", values.stream().map(String::valueOf).toArray());
                    query.setArray(i + 1, array);
                } else {
                    query.setObject(i + 1, params[i]);
                }
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
