package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// batchOutcome is the result of one batch transaction. The transaction
// function builds it, so a retried transaction starts again from zero.
type batchOutcome struct {
	stored, unchanged int
	rejected          []error
}

func (stats *LoadStats) addEntities(outcome batchOutcome) {
	stats.EntitiesStored += outcome.stored
	stats.EntitiesUnchanged += outcome.unchanged
	stats.Rejected = append(stats.Rejected, outcome.rejected...)
}

// loadEntities stores full entities batch by batch.
func (s *Store) loadEntities(ctx context.Context, entities []*typesystem.EntityDetail, stats *LoadStats, progress func(done int)) error {
	done := 0
	return batches(entities, s.cfg.BatchSize, func(batch []*typesystem.EntityDetail) error {
		result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return s.storeEntityBatch(ctx, tx, batch)
		})
		if err != nil {
			return fmt.Errorf("store entities %d to %d: %w", done+1, done+len(batch), err)
		}
		stats.addEntities(result.(batchOutcome))
		done += len(batch)
		progress(done)
		return nil
	})
}

func (s *Store) storeEntityBatch(ctx context.Context, tx neo4j.ManagedTransaction, batch []*typesystem.EntityDetail) (batchOutcome, error) {
	guids := make([]string, 0, len(batch))
	for _, entity := range batch {
		guids = append(guids, entity.GUID)
	}
	states, err := readEntityStates(ctx, tx, guids)
	if err != nil {
		return batchOutcome{}, err
	}
	var outcome batchOutcome
	rows := make([]map[string]any, 0, len(batch))
	for _, entity := range batch {
		stored := states[entity.GUID]
		verdict, reason := s.decideEntity(entity, stored)
		switch verdict {
		case rejectCopy:
			outcome.rejected = append(outcome.rejected, fmt.Errorf("entity %s (type %s): %w", entity.GUID, entity.TypeName(), reason))
			continue
		case keepStored:
			outcome.unchanged++
			continue
		}
		toStore := entity
		if stored != nil && stored.detail != nil {
			merged := *entity
			merged.Classifications = s.mergeHomeClassifications(entity.Classifications, stored.detail.Classifications)
			toStore = &merged
		}
		row, err := s.entityRow(toStore)
		if err != nil {
			return batchOutcome{}, err
		}
		rows = append(rows, row)
		outcome.stored++
	}
	return outcome, s.writeEntityRows(ctx, tx, rows)
}

// loadProxies stores proxies for relationship ends, never over a full
// entity.
func (s *Store) loadProxies(ctx context.Context, proxies []*typesystem.EntityProxy, stats *LoadStats) error {
	return batches(proxies, s.cfg.BatchSize, func(batch []*typesystem.EntityProxy) error {
		result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			guids := make([]string, 0, len(batch))
			for _, proxy := range batch {
				guids = append(guids, proxy.GUID)
			}
			states, err := readEntityStates(ctx, tx, guids)
			if err != nil {
				return nil, err
			}
			rows := make([]map[string]any, 0, len(batch))
			for _, proxy := range batch {
				if decideProxy(proxy, states[proxy.GUID]) != storeCopy {
					continue
				}
				row, err := s.proxyRow(proxy)
				if err != nil {
					return nil, err
				}
				rows = append(rows, row)
			}
			return len(rows), s.writeEntityRows(ctx, tx, rows)
		})
		if err != nil {
			return fmt.Errorf("store entity proxies: %w", err)
		}
		stats.ProxiesStored += result.(int)
		return nil
	})
}
