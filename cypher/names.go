package cypher

// Labels, relationship types and property keys that the repository itself
// owns. None of them is the name of a type in Egeria's open metadata types
// (Egeria has an entity type named MetadataCollection, hence OMRSRepository),
// and the store rejects a new type that uses one of them.
const (
	// LabelEntity is carried by every entity node, full entity or proxy.
	LabelEntity = "Entity"
	// LabelEntityProxy marks an entity node that holds only a proxy
	// (header, classifications and unique properties of an entity homed
	// elsewhere).
	LabelEntityProxy = "EntityProxy"
	// LabelClassification is carried by every classification node.
	LabelClassification = "Classification"
	// LabelRepository marks the single node that stores this
	// repository's metadata collection id.
	LabelRepository = "OMRSRepository"
	// LabelTypeDef and LabelAttributeTypeDef mark stored type definitions.
	LabelTypeDef          = "TypeDef"
	LabelAttributeTypeDef = "AttributeTypeDef"

	// LabelEntityVersion, LabelRelationshipVersion and
	// LabelClassificationVersion mark the nodes that keep earlier versions.
	LabelEntityVersion         = "EntityVersion"
	LabelRelationshipVersion   = "RelationshipVersion"
	LabelClassificationVersion = "ClassificationVersion"

	// RelClassifiedAs links an entity node to each of its classification
	// nodes. Upper case keeps it apart from OMRS relationship type names.
	RelClassifiedAs = "CLASSIFIED_AS"

	// PropInstance stores the instance bean as Egeria JSON so reads return
	// exactly what was stored; the native properties are copies for queries.
	PropInstance = "_instance"
	// PropProxy stores the entity in its EntityProxy form (header and unique
	// attribute values, no classifications), which relationship reads use
	// to describe their ends without decoding the whole entity.
	PropProxy = "_proxy"
	// PropSeal stores an HMAC of all the other properties of a node or edge
	// the repository wrote, so edits made outside the repository show.
	PropSeal = "_seal"
	// PropOrder keeps the position of a classification in its entity's list.
	PropOrder = "_order"
)

// ReservedLabels lists the labels and relationship types above, which no
// OMRS type may use as its name.
var ReservedLabels = []string{
	LabelEntity, LabelEntityProxy, LabelClassification, LabelRepository,
	LabelTypeDef, LabelAttributeTypeDef, RelClassifiedAs,
	LabelEntityVersion, LabelRelationshipVersion, LabelClassificationVersion,
}

// PropDefinition stores a type definition as Egeria JSON on its TypeDef or
// AttributeTypeDef node.
const PropDefinition = "_definition"
