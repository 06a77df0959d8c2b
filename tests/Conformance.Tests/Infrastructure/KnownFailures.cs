using System.Collections.Generic;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// The scenarios that fail today, each with the defect that makes it fail (see <see cref="Defects"/>) and a piece of
/// the failure's text. A listed scenario's test passes only while the scenario still fails that way: when a generator
/// fix makes it pass, the test fails and asks for its entry to be removed here (and RESULTS.md to be updated).
/// Nothing is skipped.
/// </summary>
public static class KnownFailures
{
    private static readonly Dictionary<string, KnownFailure> Entries = new(System.StringComparer.Ordinal)
    {
        ["getArrayArrayItemNull"] = new(Defects.D02, "but found null at byte"),
        ["getArrayComplexItemNull"] = new(Defects.D02, "but found null at byte"),
        ["getArrayDictionaryItemNull"] = new(Defects.D02, "but found null at byte"),
        ["getArrayStringWithNull"] = new(Defects.D02, "but found null at byte"),
        ["getDictionaryArrayItemNull"] = new(Defects.D02, "but found null at byte"),
        ["getDictionaryComplexItemNull"] = new(Defects.D02, "but found null at byte"),
        ["getDictionaryDictionaryItemNull"] = new(Defects.D02, "but found null at byte"),
        ["getDictionaryNullValue"] = new(Defects.D02, "but found null at byte"),
        ["getDictionaryStringWithNull"] = new(Defects.D02, "but found null at byte"),
        ["getComplexArrayValid"] = new(Defects.D02, "but found null at byte"),
        ["getComplexDictionaryValid"] = new(Defects.D02, "but found null at byte"),
        ["UrlPathsByteEmpty"] = new(Defects.D22, "an empty, '.' or '..' segment would change which resource the request addresses"),
        ["UrlPathsStringEmpty"] = new(Defects.D22, "an empty, '.' or '..' segment would change which resource the request addresses"),
        ["ResponsesScenarioC404MatchingModel"] = new(Defects.D10, "returned 404 (Not Found)"),
        ["animalNotFoundError"] = new(Defects.D11, "where the spec calls for AnimalNotFound"),
        ["expectedPetHungryError"] = new(Defects.D11, "where the spec calls for PetHungryOrThirstyError"),
        ["expectedPetSadError"] = new(Defects.D11, "where the spec calls for PetSadError"),
        ["linkNotFoundError"] = new(Defects.D11, "where the spec calls for LinkNotFound"),
        ["getComplexPolymorphicRecursiveValid"] = new(Defects.D11, "where the spec calls for Salmon"),
        ["getComplexPolymorphismComplicated"] = new(Defects.D11, "where the spec calls for SmartSalmon"),
        ["getComplexPolymorphismDotSyntax"] = new(Defects.D11, "where the spec calls for DotSalmon"),
        ["getComplexPolymorphismValid"] = new(Defects.D11, "where the spec calls for Salmon"),
        ["getComposedWithDiscriminator"] = new(Defects.D11, "where the spec calls for DotSalmon"),
        ["getComposedWithoutDiscriminator"] = new(Defects.D11, "The required property 'fish.type' of DotSalmon is missing"),
        ["sendErrorWithParamNameModels"] = new(Defects.D11, "where the spec calls for PetSadError"),
        ["getEnumReferencedConstant"] = new(Defects.D15, "is missing or null"),
        ["putComplexPolymorphicRecursiveValid"] = new(Defects.D20, "Salmon.Siblings holds Fish, where the spec calls for Shark"),
        ["putComplexPolymorphismComplicated"] = new(Defects.D20, "SmartSalmon.Siblings holds Fish, where the spec calls for Shark"),
        ["putComplexPolymorphismNoDiscriminator"] = new(Defects.D20, "Salmon.Siblings holds Fish, where the spec calls for Shark"),
        ["putComplexPolymorphismValid"] = new(Defects.D20, "Salmon.Siblings holds Fish, where the spec calls for Shark"),
        ["putComplexReadOnlyPropertyValid"] = new(Defects.D21, "returned 400 (Bad Request)"),
        ["getDecimalBig"] = new(Defects.L01, "Expected a decimal number"),
        ["getDecimalSmall"] = new(Defects.L01, "decimal cannot represent"),
        ["putDecimalBig"] = new(Defects.L01, "Value was either too large or too small for a Decimal"),
        ["putDecimalSmall"] = new(Defects.L01, "decimal cannot represent"),
        ["putDateTimeMaxLocalNegativeOffset"] = new(Defects.L02, "The UTC time represented when the offset is applied must be between year 0 and 10,000"),
        ["putDateTimeMinLocalPositiveOffset"] = new(Defects.L02, "The UTC time represented when the offset is applied must be between year 0 and 10,000"),
    };

    public static IReadOnlyDictionary<string, KnownFailure> All => Entries;

    public static KnownFailure? For(string scenario) => Entries.GetValueOrDefault(scenario);
}
