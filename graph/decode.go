package graph

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// storedEntity is an entity node as read back: a full entity or a proxy,
// with its classifications.
type storedEntity struct {
	detail *typesystem.EntityDetail // set for a full entity
	proxy  *typesystem.EntityProxy  // set for a proxy
	// tampered is true when the node or a classification node no longer
	// matches its seal; set only by lockEntity.
	tampered bool
}

// header returns the header of whichever form is stored.
func (e storedEntity) header() *typesystem.InstanceHeader {
	if e.detail != nil {
		return &e.detail.InstanceHeader
	}
	return &e.proxy.InstanceHeader
}

// classifications returns the stored entity's classifications.
func (e storedEntity) classifications() []*typesystem.Classification {
	if e.detail != nil {
		return e.detail.Classifications
	}
	return e.proxy.Classifications
}

// decodeStoredEntity decodes the columns proxy, instance and classifications
// (with the given prefix, e.g. "end1") of a record.
func decodeStoredEntity(record *neo4j.Record, proxyKey, instanceKey, classificationsKey string) (storedEntity, error) {
	isProxy, _, err := neo4j.GetRecordValue[bool](record, proxyKey)
	if err != nil {
		return storedEntity{}, fmt.Errorf("read column %s: %w", proxyKey, err)
	}
	instance, _, err := neo4j.GetRecordValue[string](record, instanceKey)
	if err != nil {
		return storedEntity{}, fmt.Errorf("read column %s: %w", instanceKey, err)
	}
	classifications, err := decodeClassifications(record, classificationsKey)
	if err != nil {
		return storedEntity{}, err
	}
	if isProxy {
		proxy := &typesystem.EntityProxy{}
		if err := json.Unmarshal([]byte(instance), proxy); err != nil {
			return storedEntity{}, fmt.Errorf("decode stored entity proxy: %w", err)
		}
		proxy.Classifications = classifications
		return storedEntity{proxy: proxy}, nil
	}
	detail := &typesystem.EntityDetail{}
	if err := json.Unmarshal([]byte(instance), detail); err != nil {
		return storedEntity{}, fmt.Errorf("decode stored entity: %w", err)
	}
	detail.Classifications = classifications
	return storedEntity{detail: detail}, nil
}

// decodeClassifications decodes a list column of classification JSON texts.
// An empty list gives nil, because OMRS returns no list rather than an empty
// one.
func decodeClassifications(record *neo4j.Record, key string) ([]*typesystem.Classification, error) {
	texts, _, err := neo4j.GetRecordValue[[]any](record, key)
	if err != nil {
		return nil, fmt.Errorf("read column %s: %w", key, err)
	}
	if len(texts) == 0 {
		return nil, nil
	}
	classifications := make([]*typesystem.Classification, 0, len(texts))
	for _, text := range texts {
		s, ok := text.(string)
		if !ok {
			return nil, fmt.Errorf("read column %s: expected JSON text, got %T", key, text)
		}
		classification := &typesystem.Classification{}
		if err := json.Unmarshal([]byte(s), classification); err != nil {
			return nil, fmt.Errorf("decode stored classification: %w", err)
		}
		classifications = append(classifications, classification)
	}
	return classifications, nil
}

// relationshipRowData is one row of cypher.RelationshipReturn.
type relationshipRowData struct {
	relationship *typesystem.Relationship
	end1, end2   string
}

// decodeRelationshipRow decodes a record with the columns of
// cypher.RelationshipReturn, after checking the edge's seal.
func (s *Store) decodeRelationshipRow(record *neo4j.Record) (relationshipRowData, error) {
	var row relationshipRowData
	props, _, err := neo4j.GetRecordValue[map[string]any](record, "props")
	if err != nil {
		return row, fmt.Errorf("read column props: %w", err)
	}
	if !s.sealIntact(props) {
		guid, _ := props["guid"].(string)
		return row, s.sealBroken("relationship", guid)
	}
	instance, _, err := neo4j.GetRecordValue[string](record, "instance")
	if err != nil {
		return row, fmt.Errorf("read column instance: %w", err)
	}
	row.relationship = &typesystem.Relationship{}
	if err := json.Unmarshal([]byte(instance), row.relationship); err != nil {
		return row, fmt.Errorf("decode stored relationship: %w", err)
	}
	if row.end1, _, err = neo4j.GetRecordValue[string](record, "end1"); err != nil {
		return row, fmt.Errorf("read column end1: %w", err)
	}
	if row.end2, _, err = neo4j.GetRecordValue[string](record, "end2"); err != nil {
		return row, fmt.Errorf("read column end2: %w", err)
	}
	return row, nil
}

// readEndProxies returns the stored proxy form of each listed entity, with
// its classifications.
func readEndProxies(ctx context.Context, tx neo4j.ManagedTransaction, guids []string) (map[string]*typesystem.EntityProxy, error) {
	records, err := tx.Run(ctx, cypher.EndProxies, map[string]any{"guids": guids})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	proxies := make(map[string]*typesystem.EntityProxy, len(all))
	for _, record := range all {
		guid, _, err := neo4j.GetRecordValue[string](record, "guid")
		if err != nil {
			return nil, fmt.Errorf("read column guid: %w", err)
		}
		text, _, err := neo4j.GetRecordValue[string](record, "proxy")
		if err != nil {
			return nil, fmt.Errorf("read the proxy form of entity %s: %w", guid, err)
		}
		proxy := &typesystem.EntityProxy{}
		if err := json.Unmarshal([]byte(text), proxy); err != nil {
			return nil, fmt.Errorf("decode the proxy form of entity %s: %w", guid, err)
		}
		if proxy.Classifications, err = decodeClassifications(record, "classifications"); err != nil {
			return nil, err
		}
		proxies[guid] = proxy
	}
	return proxies, nil
}

// assembleRelationships adds to each row's relationship its end proxies
// and applies the read-time provenance rules. Relationships sharing an end
// share its proxy object.
func (s *Store) assembleRelationships(rows []relationshipRowData, proxies map[string]*typesystem.EntityProxy) ([]*typesystem.Relationship, error) {
	for _, proxy := range proxies {
		s.fixProxyProvenance(proxy)
	}
	relationships := make([]*typesystem.Relationship, 0, len(rows))
	for _, row := range rows {
		end1, ok1 := proxies[row.end1]
		end2, ok2 := proxies[row.end2]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("an end entity of stored relationship %s is missing", row.relationship.GUID)
		}
		row.relationship.EntityOneProxy, row.relationship.EntityTwoProxy = end1, end2
		s.fixProvenance(&row.relationship.InstanceAuditHeader)
		relationships = append(relationships, row.relationship)
	}
	return relationships, nil
}

// endProxy describes a relationship end as it is stored now: a stored proxy
// as is, a full entity as its header, classifications and the values of its
// unique attributes with the entity's effective dates.
func (s *Store) endProxy(end storedEntity) *typesystem.EntityProxy {
	if end.proxy != nil {
		return end.proxy
	}
	entity := end.detail
	proxy := &typesystem.EntityProxy{
		InstanceHeader:  entity.InstanceHeader,
		Classifications: entity.Classifications,
	}
	if entity.Properties == nil {
		return proxy
	}
	unique := &typesystem.InstanceProperties{
		HeaderVersion:     entity.Properties.HeaderVersion,
		EffectiveFromTime: entity.Properties.EffectiveFromTime,
		EffectiveToTime:   entity.Properties.EffectiveToTime,
	}
	for _, name := range s.registry.UniqueAttributeNames(entity.TypeName()) {
		if value, ok := entity.Properties.Get(name); ok {
			unique.Set(name, value)
		}
	}
	if unique.Len() > 0 || unique.EffectiveFromTime != nil || unique.EffectiveToTime != nil {
		proxy.UniqueProperties = unique
	}
	return proxy
}
