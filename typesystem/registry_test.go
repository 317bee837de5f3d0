package typesystem

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

var (
	typeArchivesOnce sync.Once
	typeArchives     []*Archive
	typeArchivesErr  error
)

// loadedRegistry returns a new registry holding OpenMetadataTypes and
// CocoTypesArchive. The archives are read once per test binary.
func loadedRegistry(t testing.TB) *Registry {
	t.Helper()
	paths := []string{archivePath(t, "OpenMetadataTypes.omarchive"), archivePath(t, "CocoTypesArchive.omarchive")}
	typeArchivesOnce.Do(func() {
		for _, path := range paths {
			archive, err := ReadArchiveFile(path)
			if err != nil {
				typeArchivesErr = err
				return
			}
			typeArchives = append(typeArchives, archive)
		}
	})
	require.NoError(t, typeArchivesErr)

	r := NewRegistry()
	for _, archive := range typeArchives {
		require.NoError(t, r.LoadTypeStore(archive.TypeStore))
	}
	return r
}

func countByCategory(r *Registry) map[TypeDefCategory]int {
	counts := map[TypeDefCategory]int{}
	for _, td := range r.TypeDefs() {
		counts[td.Category]++
	}
	return counts
}

func TestLoadOpenMetadataTypes(t *testing.T) {
	archive, err := ReadArchiveFile(archivePath(t, "OpenMetadataTypes.omarchive"))
	require.NoError(t, err)
	r := NewRegistry()

	require.NoError(t, r.LoadTypeStore(archive.TypeStore))

	require.Len(t, r.TypeDefs(), 620)
	require.Len(t, r.AttributeTypeDefs(), 50)
	require.Equal(t, map[TypeDefCategory]int{CategoryEntityDef: 340, CategoryRelationshipDef: 196, CategoryClassificationDef: 84}, countByCategory(r))
	require.Equal(t, int64(50+620+32), r.Version(), "every attribute type, TypeDef and patch is one change")

	patched := 0
	for _, td := range r.TypeDefs() {
		if td.Version == 2 {
			patched++
		}
	}
	require.Equal(t, 32, patched)
}

func TestLoadCocoTypesOnTop(t *testing.T) {
	r := loadedRegistry(t)

	require.Len(t, r.TypeDefs(), 623)
	require.Len(t, r.AttributeTypeDefs(), 51)
	report, ok := r.TypeDefByName("BiopsyReport")
	require.True(t, ok)
	require.Equal(t, "Document", report.SuperType.Name)
	_, ok = r.AttributeTypeDefByName("BiopsyScope")
	require.True(t, ok)
	require.True(t, r.IsTypeOf("BiopsyReport", "Asset"))
}

func TestLoadTypeStoreTwiceIsNoOp(t *testing.T) {
	r := loadedRegistry(t)
	version := r.Version()
	before := r.TypeDefs()

	for _, archive := range typeArchives {
		require.NoError(t, r.LoadTypeStore(archive.TypeStore))
	}

	require.Equal(t, version, r.Version())
	require.Equal(t, before, r.TypeDefs())
	require.NoError(t, r.LoadTypeStore(nil))
}

func TestPatchMovesSuperType(t *testing.T) {
	r := loadedRegistry(t)

	requester, ok := r.TypeDefByName("ActionRequester")
	require.True(t, ok)
	require.Equal(t, "LineageRelationship", requester.SuperType.Name, "the archive defines no supertype and a patch adds one")
	require.Equal(t, int64(2), requester.Version)
	require.Equal(t, "Egeria", requester.UpdatedBy)
	require.NotNil(t, requester.UpdateTime)
	require.Equal(t, []string{"LineageRelationship", "LabeledRelationship"}, r.SuperTypeNames("ActionRequester"))

	pattern, ok := r.TypeDefByName("DesignPattern")
	require.True(t, ok)
	require.Equal(t, "AuthoredReferenceable", pattern.SuperType.Name)
	require.True(t, r.IsTypeOf("DesignPattern", "Referenceable"))
	_, hasUsage := r.Attribute("DesignPattern", "usage")
	require.True(t, hasUsage, "the same patch adds the usage attribute")
}

func TestPatchAddsAndDeprecatesAttributes(t *testing.T) {
	r := loadedRegistry(t)

	legal, ok := r.Attribute("Asset", "legal")
	require.True(t, ok, "OpenMetadataRoot gains legal and every type inherits it")
	require.Equal(t, "string", legal.AttributeType.Name)

	displayName, ok := r.Attribute("ResourceList", "displayName")
	require.True(t, ok)
	require.Equal(t, AttributeStatusDeprecated, displayName.AttributeStatus)

	owner, ok := r.TypeDefByName("AssetOwner")
	require.True(t, ok)
	require.Equal(t, TypeDefStatusDeprecated, owner.Status)
}

func TestInheritedAttributes(t *testing.T) {
	r := loadedRegistry(t)

	names := map[string]bool{}
	for _, a := range r.Attributes("Asset") {
		require.False(t, names[a.AttributeName], "attribute %s appears once", a.AttributeName)
		names[a.AttributeName] = true
	}
	for _, want := range []string{"deployedImplementationType", "resourceName", "qualifiedName", "additionalProperties", "legal"} {
		require.True(t, names[want], "Asset has %s", want)
	}
	require.Equal(t, "deployedImplementationType", r.Attributes("Asset")[0].AttributeName, "own attributes come first")
	require.Equal(t, []string{"qualifiedName"}, r.UniqueAttributeNames("Asset"))
	require.Nil(t, r.Attributes("NoSuchType"))

	_, ok := r.Attribute("Asset", "priority")
	require.False(t, ok)
}

func TestNearestAttributeDefinitionWins(t *testing.T) {
	r := loadedRegistry(t)
	resourceList, ok := r.TypeDefByName("ResourceList")
	require.True(t, ok)

	var own *TypeDefAttribute
	for _, a := range resourceList.PropertiesDefinition {
		if a.AttributeName == "description" {
			own = a
		}
	}
	require.NotNil(t, own)
	inherited, ok := r.Attribute("ResourceList", "description")
	require.True(t, ok)
	require.Same(t, own, inherited)
}

func TestTypeHierarchy(t *testing.T) {
	r := loadedRegistry(t)

	require.Equal(t, []string{"Referenceable", "OpenMetadataRoot"}, r.SuperTypeNames("Asset"))
	require.Nil(t, r.SuperTypeNames("OpenMetadataRoot"))
	require.Nil(t, r.SuperTypeNames("NoSuchType"))
	require.True(t, r.IsTypeOf("Asset", "Asset"))
	require.True(t, r.IsTypeOf("GovernanceActionProcessInstance", "Asset"))
	require.False(t, r.IsTypeOf("Asset", "Process"))
	require.False(t, r.IsTypeOf("NoSuchType", "Asset"))

	subtypes := r.SubTypeNames("Process")
	require.Contains(t, subtypes, "GovernanceActionProcessInstance")
	require.Contains(t, subtypes, "ToDo")
	require.NotContains(t, subtypes, "Process")
	require.Contains(t, r.SubTypeNames("Referenceable"), "BiopsyReport")
	require.Empty(t, r.SubTypeNames("BiopsyReport"))
}

func TestLookups(t *testing.T) {
	r := loadedRegistry(t)

	asset, ok := r.TypeDefByName("Asset")
	require.True(t, ok)
	byGUID, ok := r.TypeDefByGUID(asset.GUID)
	require.True(t, ok)
	require.Same(t, asset, byGUID)

	str, ok := r.AttributeTypeDefByName("string")
	require.True(t, ok)
	require.Equal(t, PrimitiveString.TypeGUID(), str.GUID)
	byGUIDAttr, ok := r.AttributeTypeDefByGUID(str.GUID)
	require.True(t, ok)
	require.Same(t, str, byGUIDAttr)

	_, ok = r.TypeDefByGUID(str.GUID)
	require.False(t, ok, "TypeDefs and AttributeTypeDefs are looked up separately")
	_, ok = r.AttributeTypeDefByName("Asset")
	require.False(t, ok)

	gallery := r.AllTypes()
	require.Len(t, gallery.TypeDefs, 623)
	require.Len(t, gallery.AttributeTypeDefs, 51)
	require.Nil(t, NewRegistry().AllTypes().TypeDefs)

	it, err := r.InstanceTypeFor("Asset")
	require.NoError(t, err)
	require.Equal(t, asset.GUID, it.TypeDefGUID)
	require.Equal(t, CategoryEntityDef, it.TypeDefCategory)
	_, err = r.InstanceTypeFor("Nope")
	require.True(t, IsKind(err, KindTypeError))
}

func TestPatchReplacesStoredObject(t *testing.T) {
	r := loadedRegistry(t)
	before, ok := r.TypeDefByName("Asset")
	require.True(t, ok)
	version := r.Version()

	updated, err := r.ApplyPatch(&TypeDefPatch{
		TypeDefName: "Asset", TypeDefGUID: before.GUID, ApplyToVersion: before.Version, UpdateToVersion: before.Version + 1,
		NewVersionName: "7.0", UpdatedBy: "tester", UpdateTime: NewMillis(1), Description: "patched",
		TypeDefOptions: map[string]string{"k": "v"},
	})

	require.NoError(t, err)
	require.NotSame(t, before, updated)
	require.Equal(t, "patched", updated.Description)
	require.Equal(t, map[string]string{"k": "v"}, updated.Options)
	require.NotEqual(t, "patched", before.Description, "objects returned earlier keep their content")
	after, _ := r.TypeDefByName("Asset")
	require.Same(t, updated, after)
	require.Equal(t, version+1, r.Version())

	again, err := r.ApplyPatch(&TypeDefPatch{TypeDefName: "Asset", ApplyToVersion: before.Version, UpdateToVersion: before.Version + 1, NewVersionName: "7.0", UpdatedBy: "tester", UpdateTime: NewMillis(1)})
	require.NoError(t, err)
	require.Same(t, updated, again, "an applied patch returns the stored TypeDef")
	require.Equal(t, version+1, r.Version())
}

func TestRegistryConcurrentUse(t *testing.T) {
	r := loadedRegistry(t)
	asset, _ := r.TypeDefByName("Asset")

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				_ = r.Attributes("GovernanceActionProcessInstance")
				_ = r.IsTypeOf("ToDo", "Asset")
				_ = r.ValidateProperties("Asset", NewInstanceProperties(map[string]*PropertyValue{"qualifiedName": NewStringValue("x")}), true)
				_, _, _ = r.FindTypesByName("(?i)asset")
			}
		}()
	}
	for v := asset.Version; v < asset.Version+20; v++ {
		_, err := r.ApplyPatch(&TypeDefPatch{TypeDefName: "Asset", ApplyToVersion: v, UpdateToVersion: v + 1, NewVersionName: "x", UpdatedBy: "u", UpdateTime: NewMillis(1)})
		require.NoError(t, err)
	}
	wg.Wait()
}
