package main

// FerretDB 1.24's PostgreSQL backend pushes an equality filter down as
// `_jsonb->'field' @> value`, but the indexes it creates for `createIndex` are btree
// indexes on `_jsonb->'field'`, which `@>` cannot use: every filtered query is a
// sequential scan of the collection's table, so it slows down as history grows.
//
// The keeper adds a GIN index (jsonb_path_ops, which serves `@>`; fastupdate off, as its
// pending list is read linearly by every query until a vacuum) on the same
// expression, for every field FerretDB has a btree index on, shortly after FerretDB
// creates it. FerretDB neither knows nor minds: it lists indexes from its own metadata,
// and dropping a collection drops its table with all its indexes.

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

const ginIndexSuffix = "_parley_gin"

// fieldExpr finds `(_jsonb -> 'field'::text)` in an index definition as PostgreSQL prints it.
var fieldExpr = regexp.MustCompile(`_jsonb -> '((?:[^']|'')+)'::text`)

func keepGinIndexes(ctx context.Context, pgURL string, every time.Duration, logger *slog.Logger) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	var conn *pgx.Conn
	defer func() {
		if conn != nil {
			_ = conn.Close(context.Background())
		}
	}()
	for {
		if conn == nil || conn.IsClosed() {
			c, err := pgx.Connect(ctx, withoutPoolSettings(pgURL))
			if err == nil {
				conn = c
			} else {
				logger.Debug("gin index keeper cannot connect yet", "err", err)
			}
		}
		if conn != nil {
			if err := sweepGinIndexes(ctx, conn); err != nil {
				logger.Debug("gin index sweep failed", "err", err)
				_ = conn.Close(ctx)
				conn = nil
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

type wantedIndex struct{ schema, table, field string }

// sweepGinIndexes reads the catalogue once and creates the GIN indexes that are missing.
func sweepGinIndexes(ctx context.Context, conn *pgx.Conn) error {
	rows, err := conn.Query(ctx, `SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes
		WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename NOT LIKE '\_ferretdb\_%'`)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	var wanted []wantedIndex
	for rows.Next() {
		var schema, table, name, def string
		if err := rows.Scan(&schema, &table, &name, &def); err != nil {
			rows.Close()
			return err
		}
		have[schema+"."+name] = true
		if !strings.Contains(def, "USING btree") {
			continue
		}
		if m := fieldExpr.FindStringSubmatch(def); m != nil {
			wanted = append(wanted, wantedIndex{schema, table, unquoteSQL(m[1])})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, w := range wanted {
		name := ginIndexName(w.table, w.field)
		if have[w.schema+"."+name] {
			continue
		}
		have[w.schema+"."+name] = true
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s USING gin ((_jsonb -> %s) jsonb_path_ops) WITH (fastupdate = off)`,
			pgx.Identifier{name}.Sanitize(), pgx.Identifier{w.schema, w.table}.Sanitize(), quoteSQL(w.field))
		if _, err := conn.Exec(ctx, q); err != nil {
			// The table may have been dropped since the catalogue was read: next sweep.
			continue
		}
	}
	return nil
}

// ginIndexName stays within PostgreSQL's 63-byte identifiers whatever the field is called.
func ginIndexName(table, field string) string {
	sum := sha1.Sum([]byte(table + "\x00" + field))
	return fmt.Sprintf("%.30s_%s%s", table, hex.EncodeToString(sum[:])[:12], ginIndexSuffix)
}

func unquoteSQL(s string) string { return regexp.MustCompile(`''`).ReplaceAllString(s, `'`) }

func quoteSQL(s string) string { return "'" + regexp.MustCompile(`'`).ReplaceAllString(s, `''`) + "'" }

// withoutPoolSettings drops the pool_* settings FerretDB's pool reads from the same URL: a
// single pgx connection would send them to PostgreSQL as unknown parameters and be refused.
func withoutPoolSettings(pgURL string) string {
	u, err := url.Parse(pgURL)
	if err != nil {
		return pgURL
	}
	q := u.Query()
	for key := range q {
		if strings.HasPrefix(key, "pool_") {
			q.Del(key)
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}
