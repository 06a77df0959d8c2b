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
        ["HttpRetry502Options"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["ResponsesScenarioF200DefaultNone"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["ResponsesScenarioH200MatchingNone"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getArrayArrayNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getArrayComplexNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getArrayDictionaryNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getArrayNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getBoolNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getByteNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDateNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDateTimeNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDateTimeRfc1123Null"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDictionaryArrayNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDictionaryComplexNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDictionaryDictionaryNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDictionaryNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getDurationNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getIntegerNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getNullUnixTime"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getNumberNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getStringNotProvided"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getStringNull"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getStringNullBase64UrlEncoding"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getComplexBasicNotProvided"] = new(Defects.D01, "The input does not contain any JSON tokens"),
        ["getArrayBase64Url"] = new(Defects.D03, "where the spec calls for IReadOnlyList<Byte[]>"),
        ["getDictionaryBase64Url"] = new(Defects.D03, "where the spec calls for IReadOnlyDictionary<String,"),
        ["getStringBase64UrlEncoded"] = new(Defects.D03, "where the spec calls for Byte[]"),
        ["putStringBase64UrlEncoded"] = new(Defects.D03, "where the spec calls for Byte[]"),
        ["UrlPathsStringBase64Url"] = new(Defects.D03, "where the spec calls for Byte[]"),
        ["getArrayDateTimeRfc1123Valid"] = new(Defects.D04, "where the spec calls for IReadOnlyList<DateTimeOffset>"),
        ["getDateTimeRfc1123Invalid"] = new(Defects.D04, "but did not"),
        ["getDateTimeRfc1123MaxUtcLowercase"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["getDateTimeRfc1123MaxUtcUppercase"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["getDateTimeRfc1123MinUtc"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["getDateTimeRfc1123Overflow"] = new(Defects.D04, "but did not"),
        ["getDateTimeRfc1123Underflow"] = new(Defects.D04, "but did not"),
        ["getDictionaryDateTimeRfc1123Valid"] = new(Defects.D04, "where the spec calls for IReadOnlyDictionary<String,"),
        ["putArrayDateTimeRfc1123Valid"] = new(Defects.D04, "where the spec calls for DateTimeOffset[]"),
        ["putDateTimeRfc1123Max"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["putDateTimeRfc1123Min"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["putDictionaryDateTimeRfc1123Valid"] = new(Defects.D04, "where the spec calls for Dictionary<String,"),
        ["getComplexPrimitiveDateTimeRfc1123"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["putComplexPrimitiveDateTimeRfc1123"] = new(Defects.D04, "Datetimerfc1123Wrapper.Field is String, where the spec calls for DateTimeOffset"),
        ["HeaderParameterDateTimeRfc1123Min"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["HeaderParameterDateTimeRfc1123Valid"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["HeaderResponseDateTimeRfc1123Min"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["HeaderResponseDateTimeRfc1123Valid"] = new(Defects.D04, "where the spec calls for DateTimeOffset"),
        ["getUnixTime"] = new(Defects.D05, "where the spec calls for DateTimeOffset"),
        ["putUnixTime"] = new(Defects.D05, "where the spec calls for DateTimeOffset"),
        ["UrlPathsIntUnixTime"] = new(Defects.D05, "where the spec calls for DateTimeOffset"),
        ["UrlPathsByteEmpty"] = new(Defects.D22, "an empty, '.' or '..' segment would change which resource the request addresses"),
        ["UrlPathsStringEmpty"] = new(Defects.D22, "an empty, '.' or '..' segment would change which resource the request addresses"),
        ["putArrayDateTimeValid"] = new(Defects.D07, "returned 400 (Bad Request)"),
        ["putDateTimeMaxUtc7MS"] = new(Defects.D07, "returned 400 (Bad Request)"),
        ["putDictionaryDateTimeValid"] = new(Defects.D07, "returned 400 (Bad Request)"),
        ["putComplexPrimitiveDateTime"] = new(Defects.D07, "returned 400 (Bad Request)"),
        ["ResponsesScenarioA201DefaultNoModel"] = new(Defects.D08, "but did not"),
        ["ResponsesScenarioA202DefaultNoModel"] = new(Defects.D08, "but did not"),
        ["ResponsesScenarioH202NonMatchingModel"] = new(Defects.D08, "but did not"),
        ["ResponsesScenarioB201MatchingModel"] = new(Defects.D09, "where the spec calls for B"),
        ["ResponsesScenarioC201MatchingModel"] = new(Defects.D09, "where the spec calls for C"),
        ["HttpSuccess404Head"] = new(Defects.D10, "returned 404 (Not Found)"),
        ["ResponsesScenarioC404MatchingModel"] = new(Defects.D10, "returned 404 (Not Found)"),
        ["intError"] = new(Defects.D12, "where the spec calls for Int32"),
        ["sendErrorWithParamNameModels"] = new(Defects.D13, "but was"),
        ["BodyBinaryFile"] = new(Defects.D14, "returned 400 (Bad Request)"),
        ["HttpRedirect301Put"] = new(Defects.D16, "returned 404 (Not Found)"),
        ["HttpRedirect302Patch"] = new(Defects.D16, "returned 404 (Not Found)"),
        ["HeaderParameterProtectedKey"] = new(Defects.D17, "returned 400 (Bad Request)"),
        ["HeaderResponseBytesValid"] = new(Defects.D18, "where the spec calls for Byte[]"),
        ["HeaderResponseEnumValid"] = new(Defects.D18, "where the spec calls for GreyscaleColors"),
        ["UrlPathsArrayCSVInPath"] = new(Defects.D19, "returned 400 (Bad Request)"),
        ["putComplexPolymorphicRecursiveValid"] = new(Defects.D07, "returned 400 (Bad Request)"),
        ["putComplexPolymorphismComplicated"] = new(Defects.D07, "returned 400 (Bad Request)"),
        ["putComplexPolymorphismNoDiscriminator"] = new(Defects.D07, "returned 400 (Bad Request)"),
        ["putComplexPolymorphismValid"] = new(Defects.D07, "returned 400 (Bad Request)"),
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
