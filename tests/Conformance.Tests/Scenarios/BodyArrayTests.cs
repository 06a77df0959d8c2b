using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml;
using Conformance.BodyArray;
using Conformance.BodyArray.Models;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests.Scenarios;

// Arrays of primitives: a null item where the item type is not nullable, or an item of another type, is the client's
// typed exception; a null string, object, array or dictionary item is null.
[ConformanceGroup("body-array")]
public sealed class BodyArrayTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyArrayClient Client => new(Server.HttpClient);

    [Fact] public Task getArrayNull() => Scenario(async () => (await Client.ArrayGetNullAsync()).ShouldBeNull());

    [Fact] public Task getArrayInvalid() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetInvalidAsync()));

    [Fact] public Task getArrayEmpty() => Scenario(async () => (await Client.ArrayGetEmptyAsync()).ShouldBeEmpty());

    [Fact] public Task putArrayEmpty() => Scenario(() => Client.ArrayPutEmptyAsync([]));

    [Fact] public Task getArrayBooleanValid() => Scenario(async () => (await Client.ArrayGetBooleanTfftAsync()).ShouldBe([true, false, false, true]));

    [Fact] public Task putArrayBooleanValid() => Scenario(() => Client.ArrayPutBooleanTfftAsync([true, false, false, true]));

    [Fact] public Task getArrayBooleanWithNull() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetBooleanInvalidNullAsync()));

    [Fact] public Task getArrayBooleanWithString() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetBooleanInvalidStringAsync()));

    [Fact] public Task getArrayIntegerValid() => Scenario(async () => (await Client.ArrayGetIntegerValidAsync()).ShouldBe([1L, -1, 3, 300]));

    [Fact] public Task putArrayIntegerValid() => Scenario(() => Client.ArrayPutIntegerValidAsync([1, -1, 3, 300]));

    [Fact] public Task getArrayIntegerWithNull() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetIntInvalidNullAsync()));

    [Fact] public Task getArrayIntegerWithString() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetIntInvalidStringAsync()));

    [Fact] public Task getArrayLongValid() => Scenario(async () => (await Client.ArrayGetLongValidAsync()).ShouldBe([1L, -1, 3, 300]));

    [Fact] public Task putArrayLongValid() => Scenario(() => Client.ArrayPutLongValidAsync([1, -1, 3, 300]));

    [Fact] public Task getArrayLongWithNull() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetLongInvalidNullAsync()));

    [Fact] public Task getArrayLongWithString() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetLongInvalidStringAsync()));

    [Fact] public Task getArrayFloatValid() => Scenario(async () => (await Client.ArrayGetFloatValidAsync()).ShouldBe([0f, -0.01f, -1.2e20f]));

    [Fact] public Task putArrayFloatValid() => Scenario(() => Client.ArrayPutFloatValidAsync([0f, -0.01f, -1.2e20f]));

    [Fact] public Task getArrayFloatWithNull() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetFloatInvalidNullAsync()));

    [Fact] public Task getArrayFloatWithString() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetFloatInvalidStringAsync()));

    [Fact] public Task getArrayDoubleValid() => Scenario(async () => (await Client.ArrayGetDoubleValidAsync()).ShouldBe([0d, -0.01, -1.2e20]));

    [Fact] public Task putArrayDoubleValid() => Scenario(() => Client.ArrayPutDoubleValidAsync([0d, -0.01, -1.2e20]));

    [Fact] public Task getArrayDoubleWithNull() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetDoubleInvalidNullAsync()));

    [Fact] public Task getArrayDoubleWithString() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetDoubleInvalidStringAsync()));

    [Fact] public Task getArrayStringValid() => Scenario(async () => (await Client.ArrayGetStringValidAsync()).ShouldBe(["foo1", "foo2", "foo3"]));

    [Fact] public Task putArrayStringValid() => Scenario(() => Client.ArrayPutStringValidAsync(["foo1", "foo2", "foo3"]));

    [Fact]
    public Task getArrayStringWithNull() => Scenario(async () => ((IEnumerable<string?>)(await Client.ArrayGetStringWithNullAsync())!).ShouldBe(["foo", null, "foo2"]));

    [Fact] public Task getArrayStringWithNumber() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetStringWithInvalidAsync()));

    [Fact]
    public Task getArrayEnumValid() => Scenario(async () =>
        (await Client.ArrayGetEnumValidAsync()).ShouldBe([FooEnum.Foo1, FooEnum.Foo2, FooEnum.Foo3]));

    [Fact]
    public Task putArrayEnumValid() => Scenario(() =>
        Client.ArrayPutEnumValidAsync([FooEnum.Foo1, FooEnum.Foo2, FooEnum.Foo3]));

    [Fact]
    public Task getArrayStringEnumValid() => Scenario(async () =>
        (await Client.ArrayGetStringEnumValidAsync()).ShouldBe([FooEnum.Foo1, FooEnum.Foo2, FooEnum.Foo3]));

    [Fact]
    public Task putArrayStringEnumValid() => Scenario(() =>
        Client.ArrayPutStringEnumValidAsync([FooEnum.Foo1, FooEnum.Foo2, FooEnum.Foo3]));

    private static readonly Guid[] Uuids =
    [
        Guid.Parse("6dcc7237-45fe-45c4-8a6b-3a8a3f625652"), Guid.Parse("d1399005-30f7-40d6-8da6-dd7c89ad34db"), Guid.Parse("f42f6aa1-a5bc-4ddf-907e-5f915de43205"),
    ];

    [Fact] public Task getArrayUuidValid() => Scenario(async () => (await Client.ArrayGetUuidValidAsync()).ShouldBe(Uuids));

    [Fact] public Task putArrayUuidValid() => Scenario(() => Client.ArrayPutUuidValidAsync(Uuids));

    [Fact] public Task getArrayUuidWithInvalidChars() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetUuidInvalidCharsAsync()));

    private static readonly DateOnly[] Dates = [new(2000, 12, 1), new(1980, 1, 2), new(1492, 10, 12)];

    [Fact] public Task getArrayDateValid() => Scenario(async () => (await Client.ArrayGetDateValidAsync()).ShouldBe(Dates));

    [Fact] public Task putArrayDateValid() => Scenario(() => Client.ArrayPutDateValidAsync(Dates));

    [Fact] public Task getArrayDateWithNull() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetDateInvalidNullAsync()));

    [Fact] public Task getArrayDateWithInvalidChars() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetDateInvalidCharsAsync()));

    [Fact]
    public Task getArrayDateTimeValid() => Scenario(async () => (await Client.ArrayGetDateTimeValidAsync()).ShouldBe(
    [
        new DateTimeOffset(2000, 12, 1, 0, 0, 1, TimeSpan.Zero),
        new DateTimeOffset(1980, 1, 2, 0, 11, 35, TimeSpan.FromHours(1)),
        new DateTimeOffset(1492, 10, 12, 10, 15, 1, TimeSpan.FromHours(-8)),
    ]));

    [Fact]
    public Task putArrayDateTimeValid() => Scenario(() => Client.ArrayPutDateTimeValidAsync(
    [
        new DateTimeOffset(2000, 12, 1, 0, 0, 1, TimeSpan.Zero),
        new DateTimeOffset(1980, 1, 2, 0, 11, 35, TimeSpan.Zero),
        new DateTimeOffset(1492, 10, 12, 10, 15, 1, TimeSpan.Zero),
    ]));

    [Fact] public Task getArrayDateTimeWithNull() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetDateTimeInvalidNullAsync()));

    [Fact] public Task getArrayDateTimeWithInvalidChars() => Scenario(() => Should.ThrowAsync<BodyArrayException>(() => Client.ArrayGetDateTimeInvalidCharsAsync()));

    private static readonly DateTimeOffset[] Rfc1123Values =
    [
        new(2000, 12, 1, 0, 0, 1, TimeSpan.Zero), new(1980, 1, 2, 0, 11, 35, TimeSpan.Zero), new(1492, 10, 12, 10, 15, 1, TimeSpan.Zero),
    ];

    [Fact]
    public Task getArrayDateTimeRfc1123Valid() => Scenario(async () =>
        (await Client.ArrayGetDateTimeRfc1123ValidAsync()).ShouldNotBeNull().ShouldBe(Rfc1123Values));

    [Fact]
    public Task putArrayDateTimeRfc1123Valid() => Scenario(() =>
        Client.ArrayPutDateTimeRfc1123ValidAsync((IReadOnlyList<DateTimeOffset>)Rfc1123Values));

    private static readonly TimeSpan[] Durations = [XmlConvert.ToTimeSpan("P123DT22H14M12.011S"), XmlConvert.ToTimeSpan("P5DT1H")];

    [Fact] public Task getArrayDurationValid() => Scenario(async () => (await Client.ArrayGetDurationValidAsync()).ShouldBe(Durations));

    [Fact] public Task putArrayDurationValid() => Scenario(() => Client.ArrayPutDurationValidAsync(Durations));

    private static readonly byte[][] ByteValues = [[255, 255, 255, 250], [1, 2, 3], [37, 41, 67]];

    [Fact] public Task getArrayByteValid() => Scenario(async () => (await Client.ArrayGetByteValidAsync()).ShouldBe(ByteValues));

    [Fact] public Task putArrayByteValid() => Scenario(() => Client.ArrayPutByteValidAsync(ByteValues));

    // A null item of a list of byte arrays (a reference type) is kept, as AutoRest's C# tests expect: [AB AC AD, null].
    [Fact]
    public Task getArrayByteWithNull() => Scenario(async () =>
        (await Client.ArrayGetByteInvalidNullAsync()).ShouldBe(new byte[][] { new byte[] { 0xAB, 0xAC, 0xAD }, null! }));

    [Fact]
    public Task getArrayBase64Url() => Scenario(async () =>
        (await Client.ArrayGetBase64UrlAsync()).ShouldNotBeNull()
            .ShouldBe([Encoding.UTF8.GetBytes("a string that gets encoded with base64url"), Encoding.UTF8.GetBytes("test string"), Encoding.UTF8.GetBytes("Lorem ipsum")]));

    [Fact] public Task getArrayComplexNull() => Scenario(async () => (await Client.ArrayGetComplexNullAsync()).ShouldBeNull());

    [Fact] public Task getArrayComplexEmpty() => Scenario(async () => (await Client.ArrayGetComplexEmptyAsync()).ShouldBeEmpty());

    [Fact]
    public Task getArrayComplexItemNull() => Scenario(async () =>
        ((IEnumerable<Product?>)(await Client.ArrayGetComplexItemNullAsync())!).ShouldBe([new Product { Integer = 1, String = "2" }, null, new Product { Integer = 5, String = "6" }]));

    [Fact]
    public Task getArrayComplexItemEmpty() => Scenario(async () =>
        (await Client.ArrayGetComplexItemEmptyAsync()).ShouldBe([new Product { Integer = 1, String = "2" }, new Product(), new Product { Integer = 5, String = "6" }]));

    private static readonly Product[] Products = [new() { Integer = 1, String = "2" }, new() { Integer = 3, String = "4" }, new() { Integer = 5, String = "6" }];

    [Fact] public Task getArrayComplexValid() => Scenario(async () => (await Client.ArrayGetComplexValidAsync()).ShouldBe(Products));

    [Fact] public Task putArrayComplexValid() => Scenario(() => Client.ArrayPutComplexValidAsync(Products));

    [Fact] public Task getArrayArrayNull() => Scenario(async () => (await Client.ArrayGetArrayNullAsync()).ShouldBeNull());

    [Fact] public Task getArrayArrayEmpty() => Scenario(async () => (await Client.ArrayGetArrayEmptyAsync()).ShouldBeEmpty());

    [Fact]
    public Task getArrayArrayItemNull() => Scenario(async () =>
    {
        var result = (await Client.ArrayGetArrayItemNullAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result[0].ShouldBe(["1", "2", "3"]);
        result[1].ShouldBeNull();
        result[2].ShouldBe(["7", "8", "9"]);
    });

    [Fact]
    public Task getArrayArrayItemEmpty() => Scenario(async () =>
    {
        var result = (await Client.ArrayGetArrayItemEmptyAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result[0].ShouldBe(["1", "2", "3"]);
        result[1].ShouldBeEmpty();
        result[2].ShouldBe(["7", "8", "9"]);
    });

    private static readonly IReadOnlyList<string>[] Arrays = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]];

    [Fact]
    public Task getArrayArrayValid() => Scenario(async () => (await Client.ArrayGetArrayValidAsync()).ShouldNotBeNull().Select(a => string.Join(",", a)).ShouldBe(["1,2,3", "4,5,6", "7,8,9"]));

    [Fact] public Task putArrayArrayValid() => Scenario(() => Client.ArrayPutArrayValidAsync(Arrays));

    [Fact] public Task getArrayDictionaryNull() => Scenario(async () => (await Client.ArrayGetDictionaryNullAsync()).ShouldBeNull());

    [Fact] public Task getArrayDictionaryEmpty() => Scenario(async () => (await Client.ArrayGetDictionaryEmptyAsync()).ShouldBeEmpty());

    private static readonly Dictionary<string, string> OneTwoThree = new() { ["1"] = "one", ["2"] = "two", ["3"] = "three" };
    private static readonly Dictionary<string, string> FourFiveSix = new() { ["4"] = "four", ["5"] = "five", ["6"] = "six" };
    private static readonly Dictionary<string, string> SevenEightNine = new() { ["7"] = "seven", ["8"] = "eight", ["9"] = "nine" };

    [Fact]
    public Task getArrayDictionaryItemNull() => Scenario(async () =>
    {
        var result = (await Client.ArrayGetDictionaryItemNullAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result[0].ShouldBe(OneTwoThree);
        result[1].ShouldBeNull();
        result[2].ShouldBe(SevenEightNine);
    });

    [Fact]
    public Task getArrayDictionaryItemEmpty() => Scenario(async () =>
    {
        var result = (await Client.ArrayGetDictionaryItemEmptyAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result[0].ShouldBe(OneTwoThree);
        result[1].ShouldBeEmpty();
        result[2].ShouldBe(SevenEightNine);
    });

    [Fact]
    public Task getArrayDictionaryValid() => Scenario(async () =>
    {
        var result = (await Client.ArrayGetDictionaryValidAsync()).ShouldNotBeNull();
        result.Count.ShouldBe(3);
        result[0].ShouldBe(OneTwoThree);
        result[1].ShouldBe(FourFiveSix);
        result[2].ShouldBe(SevenEightNine);
    });

    [Fact] public Task putArrayDictionaryValid() => Scenario(() => Client.ArrayPutDictionaryValidAsync([OneTwoThree, FourFiveSix, SevenEightNine]));
}
