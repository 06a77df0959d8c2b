using System;
using System.Text;
using System.Threading.Tasks;
using Conformance.Tests.Infrastructure;
using Conformance.Url;
using Conformance.Url.Models;

namespace Conformance.Tests.Scenarios;

// Path and query parameters: values in the format of their type, escaped so that reserved characters arrive as they
// are; optional query parameters left out are not sent at all; arrays joined as their collectionFormat says (csv for
// paths and by default, ssv, tsv, pipes).
[ConformanceGroup("url")]
public sealed class UrlTests(TestServerFixture server) : ConformanceTest(server)
{
    // Written with escapes: editors and tools normalise some of these characters (U+F9F1 to U+96A3), the server does not.
    private const string MultiByte = "\u554A\u9F44\u4E02\u72DB\u72DC\uF9F1\uF92C\uF9F1\uFA0C\uFA29";
    private const string Reserved = "begin!*'();:@ &=+$,/?#[]end";
    private static readonly DateTimeOffset DateTime = new(2012, 1, 1, 1, 1, 1, TimeSpan.Zero);
    private static readonly string[] ArrayQuery = ["ArrayQuery1", Reserved, "", ""];

    private UrlClient Client => new(Server.HttpClient);

    // Paths
    [Fact] public Task UrlPathsBoolTrue() => Scenario(() => Client.PathsGetBooleanTrueAsync(true));

    [Fact] public Task UrlPathsBoolFalse() => Scenario(() => Client.PathsGetBooleanFalseAsync(false));

    [Fact] public Task UrlPathsIntPositive() => Scenario(() => Client.PathsGetIntOneMillionAsync(1_000_000));

    [Fact] public Task UrlPathsIntNegative() => Scenario(() => Client.PathsGetIntNegativeOneMillionAsync(-1_000_000));

    [Fact] public Task UrlPathsLongPositive() => Scenario(() => Client.PathsGetTenBillionAsync(10_000_000_000));

    [Fact] public Task UrlPathsLongNegative() => Scenario(() => Client.PathsGetNegativeTenBillionAsync(-10_000_000_000));

    [Fact] public Task UrlPathsFloatPositive() => Scenario(() => Client.PathsFloatScientificPositiveAsync(1.034e20));

    [Fact] public Task UrlPathsFloatNegative() => Scenario(() => Client.PathsFloatScientificNegativeAsync(-1.034e-20));

    [Fact] public Task UrlPathsDoublePositive() => Scenario(() => Client.PathsDoubleDecimalPositiveAsync(9999999.999));

    [Fact] public Task UrlPathsDoubleNegative() => Scenario(() => Client.PathsDoubleDecimalNegativeAsync(-9999999.999));

    [Fact] public Task UrlPathsStringUnicode() => Scenario(() => Client.PathsStringUnicodeAsync(MultiByte));

    [Fact] public Task UrlPathsStringUrlEncoded() => Scenario(() => Client.PathsStringUrlEncodedAsync(Reserved));

    // x-ms-skip-url-encoding: the value's reserved characters may be sent as they are.
    [Fact] public Task UrlPathsStringUrlNonEncoded() => Scenario(() => Client.PathsStringUrlNonEncodedAsync("begin!*'();:@&=+$,end"));

    [Fact] public Task UrlPathsStringEmpty() => Scenario(() => Client.PathsStringEmptyAsync(""));

    // format: base64url, unpadded: "bG9yZW0".
    [Fact]
    public Task UrlPathsStringBase64Url() => Scenario(() =>
        Client.PathsBase64UrlAsync(Encoding.UTF8.GetBytes("lorem")));

    [Fact] public Task UrlPathsEnumValid() => Scenario(() => Client.PathsEnumValidAsync(UriColor.GreenColor));

    [Fact] public Task UrlPathsByteMultiByte() => Scenario(() => Client.PathsByteMultiByteAsync(Encoding.UTF8.GetBytes(MultiByte)));

    // {"type": "string", "format": "byte", "enum": [""]}: a one-value enum of bytes, the empty array.
    [Fact]
    public Task UrlPathsByteEmpty() => Scenario(() => Client.PathsByteEmptyAsync(Array.Empty<byte>()));

    [Fact]
    public Task UrlPathsDateValid() => Scenario(() => Client.PathsDateValidAsync(new DateOnly(2012, 1, 1)));

    [Fact]
    public Task UrlPathsDateTimeValid() => Scenario(() => Client.PathsDateTimeValidAsync(DateTime));

    // format: unixtime: 1460505600.
    [Fact]
    public Task UrlPathsIntUnixTime() => Scenario(() =>
        Client.PathsUnixTimeUrlAsync(new DateTimeOffset(2016, 4, 13, 0, 0, 0, TimeSpan.Zero)));

    // collectionFormat csv in a path: "ArrayPath1,begin!*'();:@ &=+$,/?#[]end,," as one escaped segment.
    [Fact] public Task UrlPathsArrayCSVInPath() => Scenario(() => Client.PathsArrayCsvInPathAsync(["ArrayPath1", Reserved, "", ""]));

    // Queries
    [Fact] public Task UrlQueriesBoolTrue() => Scenario(() => Client.QueriesGetBooleanTrueAsync(true));

    [Fact] public Task UrlQueriesBoolFalse() => Scenario(() => Client.QueriesGetBooleanFalseAsync(false));

    [Fact] public Task UrlQueriesBoolNull() => Scenario(() => Client.QueriesGetBooleanNullAsync(null));

    [Fact] public Task UrlQueriesIntPositive() => Scenario(() => Client.QueriesGetIntOneMillionAsync(1_000_000));

    [Fact] public Task UrlQueriesIntNegative() => Scenario(() => Client.QueriesGetIntNegativeOneMillionAsync(-1_000_000));

    [Fact] public Task UrlQueriesIntNull() => Scenario(() => Client.QueriesGetIntNullAsync(null));

    [Fact] public Task UrlQueriesLongPositive() => Scenario(() => Client.QueriesGetTenBillionAsync(10_000_000_000));

    [Fact] public Task UrlQueriesLongNegative() => Scenario(() => Client.QueriesGetNegativeTenBillionAsync(-10_000_000_000));

    [Fact] public Task UrlQueriesLongNull() => Scenario(() => Client.QueriesGetLongNullAsync(null));

    [Fact] public Task UrlQueriesFloatPositive() => Scenario(() => Client.QueriesFloatScientificPositiveAsync(1.034e20));

    [Fact] public Task UrlQueriesFloatNegative() => Scenario(() => Client.QueriesFloatScientificNegativeAsync(-1.034e-20));

    [Fact] public Task UrlQueriesFloatNull() => Scenario(() => Client.QueriesFloatNullAsync(null));

    [Fact] public Task UrlQueriesDoublePositive() => Scenario(() => Client.QueriesDoubleDecimalPositiveAsync(9999999.999));

    [Fact] public Task UrlQueriesDoubleNegative() => Scenario(() => Client.QueriesDoubleDecimalNegativeAsync(-9999999.999));

    [Fact] public Task UrlQueriesDoubleNull() => Scenario(() => Client.QueriesDoubleNullAsync(null));

    [Fact] public Task UrlQueriesStringUnicode() => Scenario(() => Client.QueriesStringUnicodeAsync(MultiByte));

    [Fact] public Task UrlQueriesStringUrlEncoded() => Scenario(() => Client.QueriesStringUrlEncodedAsync(Reserved));

    // An empty value is sent (stringQuery=), not left out.
    [Fact] public Task UrlQueriesStringEmpty() => Scenario(() => Client.QueriesStringEmptyAsync(""));

    [Fact] public Task UrlQueriesStringNull() => Scenario(() => Client.QueriesStringNullAsync(null));

    [Fact] public Task UrlQueriesEnumValid() => Scenario(() => Client.QueriesEnumValidAsync(UriColor.GreenColor));

    [Fact] public Task UrlQueriesEnumNull() => Scenario(() => Client.QueriesEnumNullAsync(null));

    [Fact] public Task UrlQueriesByteMultiByte() => Scenario(() => Client.QueriesByteMultiByteAsync(Encoding.UTF8.GetBytes(MultiByte)));

    [Fact]
    public Task UrlQueriesByteEmpty() => Scenario(() => Client.QueriesByteEmptyAsync(Array.Empty<byte>()));

    [Fact] public Task UrlQueriesByteNull() => Scenario(() => Client.QueriesByteNullAsync(null));

    [Fact]
    public Task UrlQueriesDateValid() => Scenario(() => Client.QueriesDateValidAsync(new DateOnly(2012, 1, 1)));

    [Fact] public Task UrlQueriesDateNull() => Scenario(() => Client.QueriesDateNullAsync(null));

    [Fact]
    public Task UrlQueriesDateTimeValid() => Scenario(() => Client.QueriesDateTimeValidAsync(DateTime));

    [Fact] public Task UrlQueriesDateTimeNull() => Scenario(() => Client.QueriesDateTimeNullAsync(null));

    [Fact] public Task UrlQueriesArrayCsvValid() => Scenario(() => Client.QueriesArrayStringCsvValidAsync(ArrayQuery));

    [Fact] public Task UrlQueriesArrayCsvNull() => Scenario(() => Client.QueriesArrayStringCsvNullAsync(null));

    // An empty array is sent as an empty value (arrayQuery=).
    [Fact] public Task UrlQueriesArrayCsvEmpty() => Scenario(() => Client.QueriesArrayStringCsvEmptyAsync([]));

    // No collectionFormat: Swagger 2.0's default, csv ("hello,nihao,bonjour").
    [Fact]
    public Task UrlQueriesArrayNoCollectionFormatValid() => Scenario(() =>
        Client.QueriesArrayStringNoCollectionFormatEmptyAsync(["hello", "nihao", "bonjour"]));

    [Fact] public Task UrlQueriesArraySsvValid() => Scenario(() => Client.QueriesArrayStringSsvValidAsync(ArrayQuery));

    [Fact] public Task UrlQueriesArrayTsvValid() => Scenario(() => Client.QueriesArrayStringTsvValidAsync(ArrayQuery));

    [Fact] public Task UrlQueriesArrayPipesValid() => Scenario(() => Client.QueriesArrayStringPipesValidAsync(ArrayQuery));

    // Path items: parameters declared on the document, the path item and the operation are all the operation's.
    [Fact]
    public Task UrlPathItemGetAll() => Scenario(() => Client.PathItemsGetAllWithValuesAsync(
        "globalStringPath", "pathItemStringPath", "localStringPath",
        pathItemStringQuery: "pathItemStringQuery", globalStringQuery: "globalStringQuery", localStringQuery: "localStringQuery"));

    [Fact]
    public Task UrlPathItemGetGlobalNull() => Scenario(() => Client.PathItemsGetGlobalQueryNullAsync(
        "globalStringPath", "pathItemStringPath", "localStringPath",
        pathItemStringQuery: "pathItemStringQuery", globalStringQuery: null, localStringQuery: "localStringQuery"));

    [Fact]
    public Task UrlPathItemGetGlobalAndLocalNull() => Scenario(() => Client.PathItemsGetGlobalAndLocalQueryNullAsync(
        "globalStringPath", "pathItemStringPath", "localStringPath",
        pathItemStringQuery: "pathItemStringQuery", globalStringQuery: null, localStringQuery: null));

    [Fact]
    public Task UrlPathItemGetPathItemAndLocalNull() => Scenario(() => Client.PathItemsGetLocalPathItemQueryNullAsync(
        "globalStringPath", "pathItemStringPath", "localStringPath",
        pathItemStringQuery: null, globalStringQuery: "globalStringQuery", localStringQuery: null));
}
