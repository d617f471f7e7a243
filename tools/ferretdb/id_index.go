package main

// FerretDB 1.24's SQLite backend looks documents up by `_id` with the expression
// `_ferretdb_sjson->'$._id'`, but the unique `_id_` index it creates is on
// `_ferretdb_sjson->"_id"`. SQLite uses an expression index only for the very same
// expression, so every primary-key read, update and delete scans the whole table and
// parses each document's JSON: a lookup costs time in proportion to the collection.
// Under load that was 70% of FerretDB's CPU (pprof: json_extract in sqlite3VdbeExec).
//
// The keeper adds an index on the expression the queries use, to every collection table
// of every database in the data directory, shortly after FerretDB creates it. FerretDB
// neither knows nor minds: it lists indexes from its own metadata, and dropping a
// collection drops the table with all its indexes.

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the driver FerretDB itself uses
)

const idPathIndexSuffix = "_parley_id_path"

type idIndexKeeper struct {
	dir    string
	logger *slog.Logger
}

// sqliteDir turns FerretDB's `file:DIR/` URL into DIR.
func sqliteDir(sqliteURL string) (string, error) {
	u, err := url.Parse(sqliteURL)
	if err != nil {
		return "", err
	}
	dir := u.Opaque
	if dir == "" {
		dir = u.Path
	}
	if dir == "" {
		return "", fmt.Errorf("no directory in %q", sqliteURL)
	}
	return dir, nil
}

func keepIDIndexes(ctx context.Context, sqliteURL string, every time.Duration, logger *slog.Logger) {
	dir, err := sqliteDir(sqliteURL)
	if err != nil {
		logger.Warn("id index keeper disabled", "err", err)
		return
	}
	k := &idIndexKeeper{dir: dir, logger: logger}
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		k.sweep(ctx)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

func (k *idIndexKeeper) sweep(ctx context.Context) {
	files, _ := filepath.Glob(filepath.Join(k.dir, "*.sqlite"))
	for _, file := range files {
		k.indexFile(ctx, file)
	}
}

// indexFile opens the database for this sweep only: holding a handle on a file FerretDB
// may drop (and make again under the same name) would keep the old file alive.
func (k *idIndexKeeper) indexFile(ctx context.Context, file string) {
	// mode=rw: never create a database FerretDB has not created.
	db, err := sql.Open("sqlite", "file:"+file+"?mode=rw&_pragma=busy_timeout(5000)")
	if err != nil {
		return
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	// Tables FerretDB has made that lack the index; collections dropped and made again
	// come back without it, so this is asked afresh every sweep (a read of the schema).
	rows, err := db.QueryContext(ctx, `SELECT c.table_name FROM _ferretdb_collections c
		WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m WHERE m.type = 'index' AND m.name = c.table_name || ?)`, idPathIndexSuffix)
	if err != nil {
		return // not initialised yet, or being dropped: next sweep
	}
	var tables []string
	for rows.Next() {
		var table string
		if rows.Scan(&table) == nil {
			tables = append(tables, table)
		}
	}
	_ = rows.Close()
	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS "%s" ON "%s" (_ferretdb_sjson->'$._id')`, quoteless(table+idPathIndexSuffix), quoteless(table))
		if _, err := db.ExecContext(ctx, q); err != nil && !strings.Contains(err.Error(), "no such table") {
			k.logger.Debug("id index not created yet", "table", table, "err", err)
		}
	}
}

// quoteless keeps a generated table name from closing its quotes (FerretDB's names are [a-z0-9_]).
func quoteless(name string) string {
	return strings.ReplaceAll(name, `"`, "")
}
