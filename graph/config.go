package graph

import (
	"fmt"
	"io"
	"time"

	"github.com/sirupsen/logrus"
)

// Config holds what Open needs to connect and identify the repository.
type Config struct {
	// URI of the Neo4j server, e.g. bolt://127.0.0.1:7687.
	URI string
	// User and Password for basic authentication; an empty User means no
	// authentication.
	User     string
	Password string
	// Database is the Neo4j database name.
	Database string
	// CollectionName is this repository's metadata collection name.
	CollectionName string
	// ConnectTimeout bounds the wait for Neo4j to accept a connection at Open.
	ConnectTimeout time.Duration
	// BatchSize is the number of instances written per transaction when
	// loading archives.
	BatchSize int
	// MaxPageSize caps the page size of list results; a request for 0 (no
	// limit) or more gets at most this many.
	MaxPageSize int
	// SealKey is the secret that seals every node and edge the repository
	// writes, so that edits made outside it are detected. When empty, a key
	// is generated on first start and kept in Neo4j, which detects edits by
	// anyone who does not read it there.
	SealKey string
	// AnalystQueryTimeout bounds the transaction of each ReadOnlyQuery call,
	// and Neo4j ends a query that runs longer. Zero or less means 30 s.
	AnalystQueryTimeout time.Duration
	// Logger receives the store's log lines; nil discards them.
	Logger *logrus.Entry
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// DefaultConfig returns a configuration for a local Neo4j without
// authentication.
func DefaultConfig() Config {
	return Config{
		URI:            "bolt://127.0.0.1:7687",
		Database:       "neo4j",
		CollectionName: "omrs-neo4j",
		ConnectTimeout: 30 * time.Second,
		BatchSize:      500,
		MaxPageSize:    1000,

		AnalystQueryTimeout: 30 * time.Second,
	}
}

func (c *Config) validate() error {
	switch {
	case c.URI == "":
		return fmt.Errorf("missing Neo4j URI: set it, e.g. bolt://127.0.0.1:7687")
	case c.Database == "":
		return fmt.Errorf("missing Neo4j database name: use neo4j for Neo4j Community")
	case c.CollectionName == "":
		return fmt.Errorf("missing metadata collection name")
	case c.BatchSize <= 0:
		return fmt.Errorf("invalid batch size %d: it must be positive", c.BatchSize)
	case c.MaxPageSize <= 0:
		return fmt.Errorf("invalid maximum page size %d: it must be positive", c.MaxPageSize)
	}
	if c.Logger == nil {
		discard := logrus.New()
		discard.SetOutput(io.Discard)
		c.Logger = logrus.NewEntry(discard)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 30 * time.Second
	}
	return nil
}
