package handlers

import (
	"fmt"
	"net/http"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// basePath is the prefix of every operation path. The Java REST connector
// builds it from the endpoint address {platformRoot}/servers/{serverName}.
const basePath = "/servers/:serverName/open-metadata/repository-services/users/:userId"

// Response class names: the "class" value the Java client requires on every
// response body of that operation, errors included.
const (
	classVoid                 = "VoidResponse"
	classBoolean              = "BooleanResponse"
	classMetadataCollectionID = "MetadataCollectionIdResponse"
	classTypeDefGallery       = "TypeDefGalleryResponse"
	classTypeDefList          = "TypeDefListResponse"
	classAttributeTypeDefList = "AttributeTypeDefListResponse"
	classTypeDef              = "TypeDefResponse"
	classAttributeTypeDef     = "AttributeTypeDefResponse"
	classEntityDetail         = "EntityDetailResponse"
	classEntitySummary        = "EntitySummaryResponse"
	classEntityList           = "EntityListResponse"
	classRelationship         = "RelationshipResponse"
	classRelationshipList     = "RelationshipListResponse"
	classClassification       = "ClassificationResponse"
	classClassificationList   = "ClassificationListResponse"
	classInstanceGraph        = "InstanceGraphResponse"
)

// operation runs one OMRS operation and returns its response, which must be
// of the route's response class. The caller fills in the envelope.
type operation func(s *Server, c *call) (typesystem.Response, error)

// route is one row of the route table.
type route struct {
	op      string   // Egeria operation name, reported as actionDescription
	methods []string // POST, plus GET for paths older Egeria clients read with GET
	path    string   // relative to basePath, in Echo syntax
	class   string   // response class
	handle  operation
}

var (
	post       = []string{http.MethodPost}
	getAndPost = []string{http.MethodGet, http.MethodPost}
)

// routes lists every operation path of the OMRS repository services API,
// including the ones older Egeria peers still send. A row with a nil handle
// returns FunctionNotSupportedException in its response class.
func routes() []route {
	var all []route
	all = append(all, typeRoutes()...)
	all = append(all, instanceReadRoutes()...)
	all = append(all, instanceSearchRoutes()...)
	all = append(all, entityMaintenanceRoutes()...)
	all = append(all, relationshipMaintenanceRoutes()...)
	all = append(all, referenceCopyRoutes()...)
	all = append(all, legacyRoutes()...)
	return all
}

func typeRoutes() []route {
	return []route{
		{"getMetadataCollectionId", getAndPost, "/metadata-collection-id", classMetadataCollectionID, getMetadataCollectionID},
		{"getAllTypes", getAndPost, "/types/all", classTypeDefGallery, getAllTypes},
		{"findTypesByName", getAndPost, "/types/by-name", classTypeDefGallery, findTypesByName},
		{"findTypeDefsByCategory", post, "/types/typedefs/by-category", classTypeDefList, findTypeDefsByCategory},
		{"findAttributeTypeDefsByCategory", post, "/types/attribute-typedefs/by-category", classAttributeTypeDefList, findAttributeTypeDefsByCategory},
		{"findTypeDefsByProperty", getAndPost, "/types/typedefs/by-property", classTypeDefList, findTypeDefsByProperty},
		{"findTypesByExternalID", getAndPost, "/types/typedefs/by-external-id", classTypeDefList, findTypesByExternalID},
		{"searchForTypeDefs", getAndPost, "/types/typedefs/by-property-value", classTypeDefList, searchForTypeDefs},
		{"getTypeDefByGUID", getAndPost, "/types/typedef/:guid", classTypeDef, getTypeDefByGUID},
		{"getAttributeTypeDefByGUID", getAndPost, "/types/attribute-typedef/:guid", classAttributeTypeDef, getAttributeTypeDefByGUID},
		{"getTypeDefByName", getAndPost, "/types/typedef/name/:name", classTypeDef, getTypeDefByName},
		{"getAttributeTypeDefByName", getAndPost, "/types/attribute-typedef/name/:name", classAttributeTypeDef, getAttributeTypeDefByName},
		{"addTypeDefGallery", post, "/types", classVoid, nil},
		{"addTypeDef", post, "/types/typedef", classVoid, nil},
		{"addAttributeTypeDef", post, "/types/attribute-typedef", classVoid, nil},
		{"verifyTypeDef", post, "/types/typedef/compatibility", classBoolean, verifyTypeDef},
		{"verifyAttributeTypeDef", post, "/types/attribute-typedef/compatibility", classBoolean, verifyAttributeTypeDef},
		{"updateTypeDef", post, "/types/typedef/update", classTypeDef, nil},
		{"deleteTypeDef", post, "/types/typedef/:guid/delete", classVoid, nil},
		{"deleteAttributeTypeDef", post, "/types/attribute-typedef/:guid/delete", classVoid, nil},
		{"reIdentifyTypeDef", post, "/types/typedef/:guid/identifier", classTypeDef, nil},
		{"reIdentifyAttributeTypeDef", post, "/types/attribute-typedef/:guid/identifier", classAttributeTypeDef, nil},
	}
}

func instanceReadRoutes() []route {
	return []route{
		{"isEntityKnown", getAndPost, "/instances/entity/:guid/existence", classEntityDetail, isEntityKnown},
		{"getEntitySummary", getAndPost, "/instances/entity/:guid/summary", classEntitySummary, getEntitySummary},
		{"getEntityDetail", getAndPost, "/instances/entity/:guid", classEntityDetail, getEntityDetail},
		{"getEntityDetail", post, "/instances/entity/:guid/history", classEntityDetail, getEntityDetailAsOf},
		{"getEntityDetailHistory", post, "/instances/entity/:guid/history/all", classEntityList, getEntityDetailHistory},
		{"getClassificationHistory", post, "/instances/entity/:guid/classification/:classificationName/history/all", classClassificationList, getClassificationHistory},
		{"getRelationshipsForEntity", post, "/instances/entity/:guid/relationships", classRelationshipList, getRelationshipsForEntity},
		{"getRelationshipsForEntity", post, "/instances/entity/:guid/relationships/history", classRelationshipList, getRelationshipsForEntityAsOf},
		{"isRelationshipKnown", getAndPost, "/instances/relationship/:guid/existence", classRelationship, isRelationshipKnown},
		{"getRelationship", getAndPost, "/instances/relationship/:guid", classRelationship, getRelationship},
		{"getRelationship", post, "/instances/relationship/:guid/history", classRelationship, getRelationshipAsOf},
		{"getRelationshipHistory", post, "/instances/relationship/:guid/history/all", classRelationshipList, getRelationshipHistory},
		{"getHomeClassifications", getAndPost, "/instances/entity/:guid/home-classifications", classClassificationList, getHomeClassifications},
		{"getHomeClassifications", post, "/instances/entity/:guid/home-classifications/history", classClassificationList, getHomeClassificationsAsOf},
	}
}

func instanceSearchRoutes() []route {
	return []route{
		{"findEntities", post, "/instances/entities", classEntityList, nil},
		{"findEntities", post, "/instances/entities/history", classEntityList, nil},
		{"findEntitiesByProperty", post, "/instances/entities/by-property", classEntityList, nil},
		{"findEntitiesByProperty", post, "/instances/entities/by-property/history", classEntityList, nil},
		{"findEntitiesByClassification", post, "/instances/entities/by-classification/:classificationName", classEntityList, nil},
		{"findEntitiesByClassification", post, "/instances/entities/by-classification/:classificationName/history", classEntityList, nil},
		{"findEntitiesByPropertyValue", post, "/instances/entities/by-property-value", classEntityList, nil},
		{"findEntitiesByPropertyValue", post, "/instances/entities/by-property-value/history", classEntityList, nil},
		{"findRelationships", post, "/instances/relationships", classRelationshipList, nil},
		{"findRelationships", post, "/instances/relationships/history", classRelationshipList, nil},
		{"findRelationshipsByProperty", post, "/instances/relationships/by-property", classRelationshipList, nil},
		{"findRelationshipsByProperty", post, "/instances/relationships/by-property/history", classRelationshipList, nil},
		{"findRelationshipsByPropertyValue", post, "/instances/relationships/by-property-value", classRelationshipList, nil},
		{"findRelationshipsByPropertyValue", post, "/instances/relationships/by-property-value/history", classRelationshipList, nil},
	}
}

func entityMaintenanceRoutes() []route {
	return []route{
		{"addEntity", post, "/instances/entity", classEntityDetail, addEntity},
		{"addExternalEntity", post, "/instances/entity/external", classEntityDetail, addExternalEntity},
		{"addEntityProxy", post, "/instances/entity-proxy", classVoid, addEntityProxy},
		{"updateEntityProperties", post, "/instances/entity/:guid/properties", classEntityDetail, updateEntityProperties},
		{"undoEntityUpdate", getAndPost, "/instances/entity/:guid/previous", classEntityDetail, undoEntityUpdate},
		{"deleteEntity", post, "/instances/entity/:guid/delete", classEntityDetail, deleteEntity},
		{"purgeEntity", post, "/instances/entity/:guid/purge", classVoid, purgeEntity},
		{"restoreEntity", getAndPost, "/instances/entity/:guid/restore", classEntityDetail, restoreEntity},
		{"classifyEntity", post, "/instances/entity/:guid/classification/:classificationName", classEntityDetail, classifyEntity},
		{"classifyEntity", post, "/instances/entity/classification/:classificationName", classClassification, classifyEntityProxy},
		{"classifyEntity", post, "/instances/entity/:guid/classification/:classificationName/detailed", classEntityDetail, classifyEntityDetailed},
		{"classifyEntity", post, "/instances/entity/classification/:classificationName/detailed", classClassification, classifyEntityProxyDetailed},
		{"declassifyEntity", post, "/instances/entity/:guid/classification/:classificationName/delete", classEntityDetail, declassifyEntity},
		{"declassifyEntity", post, "/instances/entity/classification/:classificationName/delete", classClassification, declassifyEntityProxy},
		{"updateEntityClassification", post, "/instances/entity/:guid/classification/:classificationName/properties", classEntityDetail, updateEntityClassification},
		{"updateEntityClassification", post, "/instances/entity/classification/:classificationName/properties", classClassification, updateEntityClassificationProxy},
		{"reIdentifyEntity", post, "/instances/entity/:guid/identity", classEntityDetail, reIdentifyEntity},
		{"reTypeEntity", post, "/instances/entity/:guid/type", classEntityDetail, reTypeEntity},
		{"reHomeEntity", post, "/instances/entity/:guid/home/:homeMetadataCollectionId", classEntityDetail, reHomeEntity},
	}
}

func relationshipMaintenanceRoutes() []route {
	return []route{
		{"addRelationship", post, "/instances/relationship", classRelationship, addRelationship},
		{"addExternalRelationship", post, "/instances/relationship/external", classRelationship, addExternalRelationship},
		{"updateRelationshipProperties", post, "/instances/relationship/:guid/properties", classRelationship, updateRelationshipProperties},
		{"undoRelationshipUpdate", getAndPost, "/instances/relationship/:guid/previous", classRelationship, undoRelationshipUpdate},
		{"deleteRelationship", post, "/instances/relationship/:guid/delete", classRelationship, deleteRelationship},
		{"purgeRelationship", post, "/instances/relationship/:guid/purge", classVoid, purgeRelationship},
		{"restoreRelationship", getAndPost, "/instances/relationship/:guid/restore", classRelationship, restoreRelationship},
		{"reIdentifyRelationship", post, "/instances/relationship/:guid/identity", classRelationship, reIdentifyRelationship},
		{"reTypeRelationship", post, "/instances/relationship/:guid/type", classRelationship, reTypeRelationship},
		{"reHomeRelationship", post, "/instances/relationship/:guid/home/:homeMetadataCollectionId", classRelationship, reHomeRelationship},
	}
}

func referenceCopyRoutes() []route {
	return []route{
		{"saveEntityReferenceCopy", post, "/instances/entities/reference-copy", classVoid, saveEntityReferenceCopy},
		{"deleteEntityReferenceCopy", post, "/instances/entities/reference-copy/delete", classVoid, deleteEntityReferenceCopy},
		{"purgeEntityReferenceCopy", post, "/instances/entities/reference-copy/purge", classVoid, purgeEntityReferenceCopy},
		{"purgeEntityReferenceCopy", post, "/instances/entities/reference-copy/:guid/purge", classVoid, purgeEntityReferenceCopyByID},
		{"refreshEntityReferenceCopy", post, "/instances/entities/reference-copy/:guid/refresh", classVoid, refreshEntityReferenceCopy},
		{"saveClassificationReferenceCopy", post, "/instances/entities/classifications/reference-copy", classVoid, saveClassificationReferenceCopy},
		{"purgeClassificationReferenceCopy", post, "/instances/entities/classifications/reference-copy/purge", classVoid, purgeClassificationReferenceCopy},
		{"saveRelationshipReferenceCopy", post, "/instances/relationships/reference-copy", classVoid, saveRelationshipReferenceCopy},
		{"deleteRelationshipReferenceCopy", post, "/instances/relationships/reference-copy/delete", classVoid, deleteRelationshipReferenceCopy},
		{"purgeRelationshipReferenceCopy", post, "/instances/relationships/reference-copy/purge", classVoid, purgeRelationshipReferenceCopy},
		{"purgeRelationshipReferenceCopy", post, "/instances/relationships/reference-copy/:guid/purge", classVoid, purgeRelationshipReferenceCopyByID},
		{"refreshRelationshipReferenceCopy", post, "/instances/relationships/reference-copy/:guid/refresh", classVoid, refreshRelationshipReferenceCopy},
		{"saveInstanceReferenceCopies", post, "/instances", classVoid, saveInstanceReferenceCopies},
	}
}

// legacyRoutes lists operations Egeria removed from its server on 2025-12-17
// while its client still sends them, so peers built before then call them.
func legacyRoutes() []route {
	return []route{
		{"updateEntityStatus", post, "/instances/entity/:guid/status", classEntityDetail, updateEntityStatus},
		{"updateRelationshipStatus", post, "/instances/relationship/:guid/status", classRelationship, updateRelationshipStatus},
		{"getLinkingEntities", post, "/instances/entities/from-entity/:guid/by-linkage", classInstanceGraph, nil},
		{"getLinkingEntities", post, "/instances/entities/from-entity/:guid/by-linkage/history", classInstanceGraph, nil},
		{"getEntityNeighborhood", post, "/instances/entities/from-entity/:guid/by-neighborhood", classInstanceGraph, nil},
		{"getEntityNeighborhood", post, "/instances/entities/from-entity/:guid/by-neighborhood/history", classInstanceGraph, nil},
		{"getRelatedEntities", post, "/instances/entities/from-entity/:guid/by-relationship", classEntityList, nil},
		{"getRelatedEntities", post, "/instances/entities/from-entity/:guid/by-relationship/history", classEntityList, nil},
	}
}

// registerRoutes adds every route of the table to the Echo router.
func (s *Server) registerRoutes() error {
	seen := make(map[string]string)
	for _, r := range routes() {
		if _, ok := typesystem.NewResponse(r.class); !ok {
			return fmt.Errorf("register %s: unknown response class %q", r.op, r.class)
		}
		h := s.endpoint(r)
		for _, method := range r.methods {
			key := method + " " + r.path
			if other, dup := seen[key]; dup {
				return fmt.Errorf("register %s: %s is already taken by %s", r.op, key, other)
			}
			seen[key] = r.op
			s.echo.Add(method, basePath+r.path, h)
		}
	}
	s.echo.POST(analystPath, s.analystQuery)
	return nil
}
