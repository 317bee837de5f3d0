package graph

import (
	"encoding/json"
	"fmt"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// headerNative returns the native properties of an audit header.
func headerNative(h *typesystem.InstanceAuditHeader) map[string]any {
	native := map[string]any{
		"version": h.Version,
	}
	if h.Type != nil {
		native["typeName"] = h.Type.TypeDefName
		native["typeGUID"] = h.Type.TypeDefGUID
		native["typeDefVersion"] = h.Type.TypeDefVersion
	}
	setString(native, "status", string(h.Status))
	setString(native, "statusOnDelete", string(h.StatusOnDelete))
	setString(native, "instanceProvenanceType", string(h.InstanceProvenanceType))
	setString(native, "metadataCollectionId", h.MetadataCollectionID)
	setString(native, "metadataCollectionName", h.MetadataCollectionName)
	setString(native, "replicatedBy", h.ReplicatedBy)
	setString(native, "instanceLicense", h.InstanceLicense)
	setString(native, "createdBy", h.CreatedBy)
	setString(native, "updatedBy", h.UpdatedBy)
	setString(native, "lastRequestId", h.LastRequestID)
	if len(h.MaintainedBy) > 0 {
		native["maintainedBy"] = h.MaintainedBy
	}
	if h.CreateTime != nil {
		native["createTime"] = int64(*h.CreateTime)
	}
	if h.UpdateTime != nil {
		native["updateTime"] = int64(*h.UpdateTime)
	}
	return native
}

func setString(native map[string]any, key, value string) {
	if value != "" {
		native[key] = value
	}
}

// withInstance adds the JSON of bean to native as _instance.
func withInstance(native map[string]any, bean any) (map[string]any, error) {
	text, err := json.Marshal(bean)
	if err != nil {
		return nil, fmt.Errorf("encode %T: %w", bean, err)
	}
	native[cypher.PropInstance] = string(text)
	return native, nil
}

// typeLabels returns the labels for an instance of typeName: the type and
// its supertypes, nearest first.
func (s *Store) typeLabels(typeName string) []string {
	return append([]string{typeName}, s.registry.SuperTypeNames(typeName)...)
}

// entityRow returns the UpsertEntities row for a full entity. Its
// classifications are stored as separate nodes, so they are left out of its
// _instance, and its proxy form is stored as _proxy for relationship reads.
func (s *Store) entityRow(entity *typesystem.EntityDetail) (map[string]any, error) {
	bare := *entity
	bare.Classifications = nil
	proxyJSON, err := json.Marshal(s.endProxy(storedEntity{detail: &bare}))
	if err != nil {
		return nil, fmt.Errorf("encode proxy of entity %s: %w", entity.GUID, err)
	}
	row, err := s.nodeRow(&entity.InstanceHeader, entity.Properties, bare, entity.Classifications, s.typeLabels(entity.TypeName()))
	if err != nil {
		return nil, err
	}
	row["props"].(map[string]any)[cypher.PropProxy] = string(proxyJSON)
	return row, nil
}

// proxyRow returns the UpsertEntities row for an entity proxy, which is its
// own proxy form.
func (s *Store) proxyRow(proxy *typesystem.EntityProxy) (map[string]any, error) {
	bare := *proxy
	bare.Classifications = nil
	labels := append(s.typeLabels(proxy.TypeName()), cypher.LabelEntityProxy)
	row, err := s.nodeRow(&proxy.InstanceHeader, proxy.UniqueProperties, bare, proxy.Classifications, labels)
	if err != nil {
		return nil, err
	}
	props := row["props"].(map[string]any)
	props[cypher.PropProxy] = props[cypher.PropInstance]
	return row, nil
}

// nodeRow returns an UpsertEntities row: the native properties of header
// and values, bare as _instance, the labels and the classification nodes.
func (s *Store) nodeRow(header *typesystem.InstanceHeader, values *typesystem.InstanceProperties, bare any,
	classifications []*typesystem.Classification, labels []string) (map[string]any, error) {
	native := headerNative(&header.InstanceAuditHeader)
	native["guid"] = header.GUID
	setString(native, "reIdentifiedFromGUID", header.ReIdentifiedFromGUID)
	addAttributes(native, values)
	props, err := withInstance(native, bare)
	if err != nil {
		return nil, err
	}
	classificationRows, err := s.classificationRows(header.GUID, classifications)
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"guid":            header.GUID,
		"props":           props,
		"labels":          labels,
		"classifications": classificationRows,
	}, nil
}

// classificationRows returns the classification maps of an UpsertEntities
// row, in list order.
func (s *Store) classificationRows(entityGUID string, classifications []*typesystem.Classification) ([]map[string]any, error) {
	rows := make([]map[string]any, 0, len(classifications))
	for i, classification := range classifications {
		native := headerNative(&classification.InstanceAuditHeader)
		native["name"] = classification.Name
		native["entityGUID"] = entityGUID
		native[cypher.PropOrder] = int64(i)
		setString(native, "classificationOrigin", string(classification.ClassificationOrigin))
		setString(native, "classificationOriginGUID", classification.ClassificationOriginGUID)
		addAttributes(native, classification.Properties)
		props, err := withInstance(native, classification)
		if err != nil {
			return nil, err
		}
		rows = append(rows, map[string]any{
			"props":  props,
			"labels": append(s.typeLabels(classification.Name), cypher.LabelClassification),
		})
	}
	return rows, nil
}

// relationshipRow returns the UpsertRelationships row for a relationship.
// The end proxies are not stored on the edge: reads build them from the end
// nodes.
func relationshipRow(relationship *typesystem.Relationship) (map[string]any, error) {
	bare := *relationship
	bare.EntityOneProxy = nil
	bare.EntityTwoProxy = nil
	native := headerNative(&relationship.InstanceAuditHeader)
	native["guid"] = relationship.GUID
	setString(native, "reIdentifiedFromGUID", relationship.ReIdentifiedFromGUID)
	addAttributes(native, relationship.Properties)
	props, err := withInstance(native, bare)
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"guid":  relationship.GUID,
		"type":  relationship.TypeName(),
		"end1":  relationship.EntityOneProxy.GUID,
		"end2":  relationship.EntityTwoProxy.GUID,
		"props": props,
	}, nil
}

// encodeJSON returns the JSON text of bean.
func encodeJSON(bean any) (string, error) {
	text, err := json.Marshal(bean)
	return string(text), err
}
