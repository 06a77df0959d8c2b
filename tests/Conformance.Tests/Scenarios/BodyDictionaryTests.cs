using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml;
using Conformance.BodyDictionary;
using Conformance.BodyDictionary.Models;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests.Scenarios;

// Dictionaries of primitives: the same rules as arrays (a null value where the value type is not nullable, or a value of
// another type, is the client's typed exception; a null string, object, array or dictionary value is null).
[ConformanceGroup("body-dictionary")]
public sealed class BodyDictionaryTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyDictionaryClient Client => new(Server.HttpClient);

    private static Dictionary<string, T> Indexed<T>(params T[] values)
    {
        var result = new Dictionary<string, T>();
        for (var i = 0; i < values.Length; i++)
        {
            result[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = values[i];
        }

        return result;
    }

    [Fact] public Task getDictionaryNull() => Scenario(async () => (await Client.DictionaryGetNullAsync()).ShouldBeNull());

    [Fact] public Task getDictionaryEmpty() => Scenario(async () => (await Client.DictionaryGetEmptyAsync()).ShouldBeEmpty());

    [Fact] public Task putDictionaryEmpty() => Scenario(() => Client.DictionaryPutEmptyAsync(new Dictionary<string, string>()));

    [Fact] public Task getDictionaryInvalid() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetInvalidAsync()));

    [Fact]
    public Task getDictionaryNullValue() => Scenario(async () =>
        ((IReadOnlyDictionary<string, string?>)(await Client.DictionaryGetNullValueAsync())!).ShouldBe(new Dictionary<string, string?> { ["key1"] = null }));

    [Fact] public Task getDictionaryNullkey() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetNullKeyAsync()));

    [Fact]
    public Task getDictionaryKeyEmptyString() => Scenario(async () =>
        (await Client.DictionaryGetEmptyStringKeyAsync()).ShouldBe(new Dictionary<string, string> { [""] = "val1" }));

    [Fact] public Task getDictionaryBooleanValid() => Scenario(async () => (await Client.DictionaryGetBooleanTfftAsync()).ShouldBe(Indexed(true, false, false, true)));

    [Fact] public Task putDictionaryBooleanValid() => Scenario(() => Client.DictionaryPutBooleanTfftAsync(Indexed(true, false, false, true)));

    [Fact] public Task getDictionaryBooleanWithNull() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetBooleanInvalidNullAsync()));

    [Fact] public Task getDictionaryBooleanWithString() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetBooleanInvalidStringAsync()));

    [Fact] public Task getDictionaryIntegerValid() => Scenario(async () => (await Client.DictionaryGetIntegerValidAsync()).ShouldBe(Indexed(1L, -1, 3, 300)));

    [Fact] public Task putDictionaryIntegerValid() => Scenario(() => Client.DictionaryPutIntegerValidAsync(Indexed(1L, -1, 3, 300)));

    [Fact] public Task getDictionaryIntegerWithNull() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetIntInvalidNullAsync()));

    [Fact] public Task getDictionaryIntegerWithString() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetIntInvalidStringAsync()));

    [Fact] public Task getDictionaryLongValid() => Scenario(async () => (await Client.DictionaryGetLongValidAsync()).ShouldBe(Indexed(1L, -1, 3, 300)));

    [Fact] public Task putDictionaryLongValid() => Scenario(() => Client.DictionaryPutLongValidAsync(Indexed(1L, -1, 3, 300)));

    [Fact] public Task getDictionaryLongWithNull() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetLongInvalidNullAsync()));

    [Fact] public Task getDictionaryLongWithString() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetLongInvalidStringAsync()));

    [Fact] public Task getDictionaryFloatValid() => Scenario(async () => (await Client.DictionaryGetFloatValidAsync()).ShouldBe(Indexed(0f, -0.01f, -1.2e20f)));

    [Fact] public Task putDictionaryFloatValid() => Scenario(() => Client.DictionaryPutFloatValidAsync(Indexed(0f, -0.01f, -1.2e20f)));

    [Fact] public Task getDictionaryFloatWithNull() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetFloatInvalidNullAsync()));

    [Fact] public Task getDictionaryFloatWithString() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetFloatInvalidStringAsync()));

    [Fact] public Task getDictionaryDoubleValid() => Scenario(async () => (await Client.DictionaryGetDoubleValidAsync()).ShouldBe(Indexed(0d, -0.01, -1.2e20)));

    [Fact] public Task putDictionaryDoubleValid() => Scenario(() => Client.DictionaryPutDoubleValidAsync(Indexed(0d, -0.01, -1.2e20)));

    [Fact] public Task getDictionaryDoubleWithNull() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetDoubleInvalidNullAsync()));

    [Fact] public Task getDictionaryDoubleWithString() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetDoubleInvalidStringAsync()));

    [Fact] public Task getDictionaryStringValid() => Scenario(async () => (await Client.DictionaryGetStringValidAsync()).ShouldBe(Indexed("foo1", "foo2", "foo3")));

    [Fact] public Task putDictionaryStringValid() => Scenario(() => Client.DictionaryPutStringValidAsync(Indexed("foo1", "foo2", "foo3")));

    [Fact]
    public Task getDictionaryStringWithNull() => Scenario(async () =>
        ((IReadOnlyDictionary<string, string?>)(await Client.DictionaryGetStringWithNullAsync())!).ShouldBe(Indexed<string?>("foo", null, "foo2")));

    [Fact] public Task getDictionaryStringWithNumber() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetStringWithInvalidAsync()));

    [Fact]
    public Task getDictionaryDateValid() => Scenario(async () =>
        (await Client.DictionaryGetDateValidAsync()).ShouldBe(Indexed(new DateOnly(2000, 12, 1), new DateOnly(1980, 1, 2), new DateOnly(1492, 10, 12))));

    [Fact]
    public Task putDictionaryDateValid() => Scenario(() =>
        Client.DictionaryPutDateValidAsync(Indexed(new DateOnly(2000, 12, 1), new DateOnly(1980, 1, 2), new DateOnly(1492, 10, 12))));

    [Fact] public Task getDictionaryDateWithNull() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetDateInvalidNullAsync()));

    [Fact] public Task getDictionaryDateWithInvalidChars() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetDateInvalidCharsAsync()));

    [Fact]
    public Task getDictionaryDateTimeValid() => Scenario(async () => (await Client.DictionaryGetDateTimeValidAsync()).ShouldBe(Indexed(
        new DateTimeOffset(2000, 12, 1, 0, 0, 1, TimeSpan.Zero),
        new DateTimeOffset(1980, 1, 2, 0, 11, 35, TimeSpan.FromHours(1)),
        new DateTimeOffset(1492, 10, 12, 10, 15, 1, TimeSpan.FromHours(-8)))));

    // Written in UTC: the server compares UTC instants ("1980-01-01T23:11:35Z"), as AutoRest's generators write them.
    [Fact]
    public Task putDictionaryDateTimeValid() => Scenario(() => Client.DictionaryPutDateTimeValidAsync(Indexed(
        new DateTimeOffset(2000, 12, 1, 0, 0, 1, TimeSpan.Zero),
        new DateTimeOffset(1980, 1, 2, 0, 11, 35, TimeSpan.FromHours(1)),
        new DateTimeOffset(1492, 10, 12, 10, 15, 1, TimeSpan.FromHours(-8)))));

    [Fact] public Task getDictionaryDateTimeWithNull() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetDateTimeInvalidNullAsync()));

    [Fact]
    public Task getDictionaryDateTimeWithInvalidChars() => Scenario(() => Should.ThrowAsync<BodyDictionaryException>(() => Client.DictionaryGetDateTimeInvalidCharsAsync()));

    private static readonly Dictionary<string, DateTimeOffset> Rfc1123Values = Indexed(
        new DateTimeOffset(2000, 12, 1, 0, 0, 1, TimeSpan.Zero), new DateTimeOffset(1980, 1, 2, 0, 11, 35, TimeSpan.Zero), new DateTimeOffset(1492, 10, 12, 10, 15, 1, TimeSpan.Zero));

    [Fact]
    public Task getDictionaryDateTimeRfc1123Valid() => Scenario(async () =>
        (await Client.DictionaryGetDateTimeRfc1123ValidAsync()).ShouldNotBeNull().ShouldBe(Rfc1123Values));

    [Fact]
    public Task putDictionaryDateTimeRfc1123Valid() => Scenario(() =>
        Client.DictionaryPutDateTimeRfc1123ValidAsync((IReadOnlyDictionary<string, DateTimeOffset>)Rfc1123Values));

    private static readonly Dictionary<string, TimeSpan> Durations = Indexed(XmlConvert.ToTimeSpan("P123DT22H14M12.011S"), XmlConvert.ToTimeSpan("P5DT1H"));

    [Fact] public Task getDictionaryDurationValid() => Scenario(async () => (await Client.DictionaryGetDurationValidAsync()).ShouldBe(Durations));

    [Fact] public Task putDictionaryDurationValid() => Scenario(() => Client.DictionaryPutDurationValidAsync(Durations));

    private static readonly Dictionary<string, byte[]> ByteValues = Indexed<byte[]>([255, 255, 255, 250], [1, 2, 3], [37, 41, 67]);

    [Fact]
    public Task getDictionaryByteValid() => Scenario(async () =>
        (await Client.DictionaryGetByteValidAsync()).ShouldNotBeNull().ToDictionary(p => p.Key, p => Convert.ToBase64String(p.Value))
            .ShouldBe(ByteValues.ToDictionary(p => p.Key, p => Convert.ToBase64String(p.Value))));

    [Fact] public Task putDictionaryByteValid() => Scenario(() => Client.DictionaryPutByteValidAsync(ByteValues));

    // A null value of a map of byte arrays (a reference type) is kept, as for lists.
    [Fact]
    public Task getDictionaryByteWithNull() => Scenario(async () =>
    {
        var result = (await Client.DictionaryGetByteInvalidNullAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(2);
        result.Values.Count(value => value is null).ShouldBe(1);
        result.Values.Single(value => value is not null).ShouldBe(new byte[] { 0xAB, 0xAC, 0xAD });
    });

    [Fact]
    public Task getDictionaryBase64Url() => Scenario(async () =>
        (await Client.DictionaryGetBase64UrlAsync()).ShouldNotBeNull().ToDictionary(p => p.Key, p => Encoding.UTF8.GetString(p.Value))
            .ShouldBe(Indexed("a string that gets encoded with base64url", "test string", "Lorem ipsum")));

    [Fact] public Task getDictionaryComplexNull() => Scenario(async () => (await Client.DictionaryGetComplexNullAsync()).ShouldBeNull());

    [Fact] public Task getDictionaryComplexEmpty() => Scenario(async () => (await Client.DictionaryGetComplexEmptyAsync()).ShouldBeEmpty());

    [Fact]
    public Task getDictionaryComplexItemNull() => Scenario(async () =>
        ((IReadOnlyDictionary<string, Widget?>)(await Client.DictionaryGetComplexItemNullAsync())!)
            .ShouldBe(Indexed<Widget?>(new Widget { Integer = 1, String = "2" }, null, new Widget { Integer = 5, String = "6" })));

    [Fact]
    public Task getDictionaryComplexItemEmpty() => Scenario(async () =>
        (await Client.DictionaryGetComplexItemEmptyAsync()).ShouldBe(Indexed(new Widget { Integer = 1, String = "2" }, new Widget(), new Widget { Integer = 5, String = "6" })));

    private static readonly Dictionary<string, Widget> Widgets = Indexed(
        new Widget { Integer = 1, String = "2" }, new Widget { Integer = 3, String = "4" }, new Widget { Integer = 5, String = "6" });

    [Fact] public Task getDictionaryComplexValid() => Scenario(async () => (await Client.DictionaryGetComplexValidAsync()).ShouldBe(Widgets));

    [Fact] public Task putDictionaryComplexValid() => Scenario(() => Client.DictionaryPutComplexValidAsync(Widgets));

    [Fact] public Task getDictionaryArrayNull() => Scenario(async () => (await Client.DictionaryGetArrayNullAsync()).ShouldBeNull());

    [Fact] public Task getDictionaryArrayEmpty() => Scenario(async () => (await Client.DictionaryGetArrayEmptyAsync()).ShouldBeEmpty());

    [Fact]
    public Task getDictionaryArrayItemNull() => Scenario(async () =>
    {
        var result = (await Client.DictionaryGetArrayItemNullAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result["0"].ShouldBe(["1", "2", "3"]);
        result["1"].ShouldBeNull();
        result["2"].ShouldBe(["7", "8", "9"]);
    });

    [Fact]
    public Task getDictionaryArrayItemEmpty() => Scenario(async () =>
    {
        var result = (await Client.DictionaryGetArrayItemEmptyAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result["0"].ShouldBe(["1", "2", "3"]);
        result["1"].ShouldBeEmpty();
        result["2"].ShouldBe(["7", "8", "9"]);
    });

    [Fact]
    public Task getDictionaryArrayValid() => Scenario(async () =>
    {
        var result = (await Client.DictionaryGetArrayValidAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result["0"].ShouldBe(["1", "2", "3"]);
        result["1"].ShouldBe(["4", "5", "6"]);
        result["2"].ShouldBe(["7", "8", "9"]);
    });

    [Fact]
    public Task putDictionaryArrayValid() => Scenario(() =>
        Client.DictionaryPutArrayValidAsync(Indexed<IReadOnlyList<string>>(["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"])));

    [Fact] public Task getDictionaryDictionaryNull() => Scenario(async () => (await Client.DictionaryGetDictionaryNullAsync()).ShouldBeNull());

    [Fact] public Task getDictionaryDictionaryEmpty() => Scenario(async () => (await Client.DictionaryGetDictionaryEmptyAsync()).ShouldBeEmpty());

    private static readonly Dictionary<string, string> OneTwoThree = new() { ["1"] = "one", ["2"] = "two", ["3"] = "three" };
    private static readonly Dictionary<string, string> FourFiveSix = new() { ["4"] = "four", ["5"] = "five", ["6"] = "six" };
    private static readonly Dictionary<string, string> SevenEightNine = new() { ["7"] = "seven", ["8"] = "eight", ["9"] = "nine" };

    [Fact]
    public Task getDictionaryDictionaryItemNull() => Scenario(async () =>
    {
        var result = (await Client.DictionaryGetDictionaryItemNullAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result["0"].ShouldBe(OneTwoThree);
        result["1"].ShouldBeNull();
        result["2"].ShouldBe(SevenEightNine);
    });

    [Fact]
    public Task getDictionaryDictionaryItemEmpty() => Scenario(async () =>
    {
        var result = (await Client.DictionaryGetDictionaryItemEmptyAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result["0"].ShouldBe(OneTwoThree);
        result["1"].ShouldBeEmpty();
        result["2"].ShouldBe(SevenEightNine);
    });

    [Fact]
    public Task getDictionaryDictionaryValid() => Scenario(async () =>
    {
        var result = (await Client.DictionaryGetDictionaryValidAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result["0"].ShouldBe(OneTwoThree);
        result["1"].ShouldBe(FourFiveSix);
        result["2"].ShouldBe(SevenEightNine);
    });

    [Fact]
    public Task putDictionaryDictionaryValid() => Scenario(() =>
        Client.DictionaryPutDictionaryValidAsync(Indexed<IReadOnlyDictionary<string, string>>(OneTwoThree, FourFiveSix, SevenEightNine)));
}
