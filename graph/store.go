package graph

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// Store is an OMRS repository kept in Neo4j. It is safe for concurrent use.
type Store struct {
	driver   neo4j.DriverWithContext
	cfg      Config
	log      *logrus.Entry
	registry *typesystem.Registry

	collectionID   string
	collectionName string
	// sealKey is the HMAC key of the seals; see Config.SealKey.
	sealKey []byte

	// relationshipTypesMu guards relationshipTypes, the relationship types
	// that have a guid uniqueness constraint. A relationship is written only
	// after its type is in the set, so the set also lists every type a
	// stored relationship can have.
	relationshipTypesMu sync.RWMutex
	relationshipTypes   map[string]bool
}

// Open connects to Neo4j, creates the schema if needed, reads or creates the
// metadata collection id, and loads the stored type definitions into
// registry. The caller owns registry and must not change it except through
// the Store afterwards.
func Open(ctx context.Context, cfg Config, registry *typesystem.Registry) (*Store, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, fmt.Errorf("create Neo4j driver for %s: %w", cfg.URI, err)
	}
	s := &Store{
		driver:            driver,
		cfg:               cfg,
		log:               cfg.Logger.WithField("component", "graph"),
		registry:          registry,
		relationshipTypes: map[string]bool{},
	}
	if err := s.start(ctx); err != nil {
		return nil, errors.Join(err, driver.Close(ctx))
	}
	return s, nil
}

func (s *Store) start(ctx context.Context) error {
	if err := s.waitForNeo4j(ctx); err != nil {
		return err
	}
	if err := s.ensureSchema(ctx); err != nil {
		return err
	}
	if err := s.ensureMetadataCollection(ctx); err != nil {
		return err
	}
	if err := s.loadStoredTypes(ctx); err != nil {
		return err
	}
	s.log.WithFields(logrus.Fields{
		"neo4jURI":               s.cfg.URI,
		"metadataCollectionId":   s.collectionID,
		"metadataCollectionName": s.collectionName,
		"typeDefs":               len(s.registry.TypeDefs()),
	}).Info("repository opened")
	return nil
}

// waitForNeo4j retries the connection until Neo4j accepts it or the connect
// timeout passes, because a freshly started Neo4j may need a few seconds. It
// logs the first failure and then one line every 10 s.
func (s *Store) waitForNeo4j(ctx context.Context) error {
	deadline := time.Now().Add(s.cfg.ConnectTimeout)
	var lastLogged time.Time
	for {
		err := s.driver.VerifyConnectivity(ctx)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("connect to Neo4j at %s (waited %s; check that it is running and the URI and credentials are right): %w",
				s.cfg.URI, s.cfg.ConnectTimeout, err)
		}
		if time.Since(lastLogged) >= 10*time.Second {
			s.log.WithError(err).WithField("neo4jURI", s.cfg.URI).Warn("Neo4j not reachable yet, retrying")
			lastLogged = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func (s *Store) ensureMetadataCollection(ctx context.Context) error {
	generated := make([]byte, 32)
	if _, err := rand.Read(generated); err != nil {
		return fmt.Errorf("generate seal key: %w", err)
	}

	params := map[string]any{
		"id":      uuid.NewString(),
		"name":    s.cfg.CollectionName,
		"now":     s.now(),
		"sealKey": hex.EncodeToString(generated),
	}
	result, err := neo4j.ExecuteQuery(ctx, s.driver, cypher.EnsureMetadataCollection, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
	if err != nil {
		return fmt.Errorf("read metadata collection id: %w", err)
	}
	if len(result.Records) != 1 {
		return fmt.Errorf("read metadata collection id: expected one record, got %d", len(result.Records))
	}
	id, _, err := neo4j.GetRecordValue[string](result.Records[0], "id")
	if err != nil {
		return fmt.Errorf("read metadata collection id: %w", err)
	}

	s.collectionID = id
	s.collectionName = s.cfg.CollectionName
	s.sealKey = []byte(s.cfg.SealKey)
	if s.cfg.SealKey == "" {
		storedKey, _, err := neo4j.GetRecordValue[string](result.Records[0], "sealKey")
		if err != nil {
			return fmt.Errorf("read seal key: %w", err)
		}
		s.sealKey = []byte(storedKey)
	}
	return nil
}

// Close releases the connections to Neo4j.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// MetadataCollectionID returns this repository's metadata collection id,
// generated on first start and kept in Neo4j.
func (s *Store) MetadataCollectionID() string { return s.collectionID }

// MetadataCollectionName returns this repository's metadata collection name.
func (s *Store) MetadataCollectionName() string { return s.collectionName }

// Types returns the type registry. Callers must treat it as read-only.
func (s *Store) Types() *typesystem.Registry { return s.registry }

// now returns the current time in epoch milliseconds.
func (s *Store) now() int64 { return s.cfg.Now().UnixMilli() }

// readTx runs work in a managed read transaction, which the driver retries
// on transient errors, so work must be safe to run more than once.
func (s *Store) readTx(ctx context.Context, work neo4j.ManagedTransactionWork) (any, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead})
	result, err := session.ExecuteRead(ctx, work)
	return result, errors.Join(err, session.Close(ctx))
}

// writeTx runs work in a managed write transaction, retried like readTx.
func (s *Store) writeTx(ctx context.Context, work neo4j.ManagedTransactionWork) (any, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database})
	result, err := session.ExecuteWrite(ctx, work)
	return result, errors.Join(err, session.Close(ctx))
}
