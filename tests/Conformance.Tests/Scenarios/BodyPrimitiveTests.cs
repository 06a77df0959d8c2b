using System;
using System.Globalization;
using System.Threading.Tasks;
using System.Xml;
using Conformance.BodyBoolean;
using Conformance.BodyByte;
using Conformance.BodyDate;
using Conformance.BodyDateTime;
using Conformance.BodyDateTimeRfc1123;
using Conformance.BodyDuration;
using Conformance.BodyInteger;
using Conformance.BodyNumber;
using Conformance.BodyTime;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests.Scenarios;

// One class per group; the groups of single primitive bodies share this file. A missing body (an empty 200) means
// null; a body the type cannot hold (invalid, overflow, underflow) is the client's typed exception.

[ConformanceGroup("body-boolean")]
public sealed class BodyBooleanTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyBooleanClient Client => new(Server.HttpClient);

    [Fact] public Task getBoolTrue() => Scenario(async () => (await Client.BoolGetTrueAsync()).ShouldNotBeNull().ShouldBeTrue());

    [Fact] public Task putBoolTrue() => Scenario(() => Client.BoolPutTrueAsync(true));

    [Fact] public Task getBoolFalse() => Scenario(async () => (await Client.BoolGetFalseAsync()).ShouldNotBeNull().ShouldBeFalse());

    [Fact] public Task putBoolFalse() => Scenario(() => Client.BoolPutFalseAsync(false));

    [Fact] public Task getBoolNull() => Scenario(async () => ((object?)await Client.BoolGetNullAsync()).ShouldBeNull());

    [Fact] public Task getBoolInvalid() => Scenario(() => Should.ThrowAsync<BodyBooleanException>(() => Client.BoolGetInvalidAsync()));
}

[ConformanceGroup("body-integer")]
public sealed class BodyIntegerTests(TestServerFixture server) : ConformanceTest(server)
{
    private static readonly DateTimeOffset UnixTime = new(2016, 4, 13, 0, 0, 0, TimeSpan.Zero);

    private BodyIntegerClient Client => new(Server.HttpClient);

    [Fact] public Task getIntegerNull() => Scenario(async () => ((object?)await Client.IntGetNullAsync()).ShouldBeNull());

    [Fact] public Task getIntegerInvalid() => Scenario(() => Should.ThrowAsync<BodyIntegerException>(() => Client.IntGetInvalidAsync()));

    [Fact] public Task getIntegerOverflow() => Scenario(() => Should.ThrowAsync<BodyIntegerException>(() => Client.IntGetOverflowInt32Async()));

    [Fact] public Task getIntegerUnderflow() => Scenario(() => Should.ThrowAsync<BodyIntegerException>(() => Client.IntGetUnderflowInt32Async()));

    [Fact] public Task getLongOverflow() => Scenario(() => Should.ThrowAsync<BodyIntegerException>(() => Client.IntGetOverflowInt64Async()));

    [Fact] public Task getLongUnderflow() => Scenario(() => Should.ThrowAsync<BodyIntegerException>(() => Client.IntGetUnderflowInt64Async()));

    [Fact] public Task putIntegerMax() => Scenario(() => Client.IntPutMax32Async(int.MaxValue));

    [Fact] public Task putLongMax() => Scenario(() => Client.IntPutMax64Async(long.MaxValue));

    [Fact] public Task putIntegerMin() => Scenario(() => Client.IntPutMin32Async(int.MinValue));

    [Fact] public Task putLongMin() => Scenario(() => Client.IntPutMin64Async(long.MinValue));

    [Fact]
    public Task getUnixTime() => Scenario(async () =>
        (await Client.IntGetUnixTimeAsync()).ShouldNotBeNull().ShouldBe(UnixTime));

    [Fact] public Task putUnixTime() => Scenario(() => Client.IntPutUnixTimeDateAsync(UnixTime));

    [Fact] public Task getInvalidUnixTime() => Scenario(() => Should.ThrowAsync<BodyIntegerException>(() => Client.IntGetInvalidUnixTimeAsync()));

    [Fact]
    public Task getNullUnixTime() => Scenario(async () =>
        (await Client.IntGetNullUnixTimeAsync()).ShouldBeNull());
}

[ConformanceGroup("body-number")]
public sealed class BodyNumberTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyNumberClient Client => new(Server.HttpClient);

    [Fact] public Task getNumberNull() => Scenario(async () => ((object?)await Client.NumberGetNullAsync()).ShouldBeNull());

    [Fact] public Task getFloatInvalid() => Scenario(() => Should.ThrowAsync<BodyNumberException>(() => Client.NumberGetInvalidFloatAsync()));

    [Fact] public Task getDoubleInvalid() => Scenario(() => Should.ThrowAsync<BodyNumberException>(() => Client.NumberGetInvalidDoubleAsync()));

    [Fact] public Task getDecimalInvalid() => Scenario(() => Should.ThrowAsync<BodyNumberException>(() => Client.NumberGetInvalidDecimalAsync()));

    [Fact] public Task getFloatBigScientificNotation() => Scenario(async () => (await Client.NumberGetBigFloatAsync()).ShouldBe(3.402823e20f));

    [Fact] public Task putFloatBigScientificNotation() => Scenario(() => Client.NumberPutBigFloatAsync(3.402823e20f));

    [Fact] public Task getDoubleBigScientificNotation() => Scenario(async () => (await Client.NumberGetBigDoubleAsync()).ShouldBe(2.5976931e101));

    [Fact] public Task putDoubleBigScientificNotation() => Scenario(() => Client.NumberPutBigDoubleAsync(2.5976931e101));

    [Fact] public Task getDoubleBigPositiveDecimal() => Scenario(async () => (await Client.NumberGetBigDoublePositiveDecimalAsync()).ShouldBe(99999999.99));

    [Fact] public Task putDoubleBigPositiveDecimal() => Scenario(() => Client.NumberPutBigDoublePositiveDecimalAsync(99999999.99));

    [Fact] public Task getDoubleBigNegativeDecimal() => Scenario(async () => (await Client.NumberGetBigDoubleNegativeDecimalAsync()).ShouldBe(-99999999.99));

    [Fact] public Task putDoubleBigNegativeDecimal() => Scenario(() => Client.NumberPutBigDoubleNegativeDecimalAsync(-99999999.99));

    [Fact] public Task getFloatSmallScientificNotation() => Scenario(async () => (await Client.NumberGetSmallFloatAsync()).ShouldBe(3.402823e-20));

    [Fact] public Task putFloatSmallScientificNotation() => Scenario(() => Client.NumberPutSmallFloatAsync(3.402823e-20f));

    [Fact] public Task getDoubleSmallScientificNotation() => Scenario(async () => (await Client.NumberGetSmallDoubleAsync()).ShouldBe(2.5976931e-101));

    [Fact] public Task putDoubleSmallScientificNotation() => Scenario(() => Client.NumberPutSmallDoubleAsync(2.5976931e-101));

    // decimal (the spec's format: decimal) holds ±7.9e28 with 28 digits: 2.5976931e±101 is outside what it can represent.
    [Fact] public Task getDecimalBig() => Scenario(async () => (await Client.NumberGetBigDecimalAsync()).ShouldBe(Decimal("2.5976931e+101")));

    [Fact] public Task putDecimalBig() => Scenario(() => Client.NumberPutBigDecimalAsync(Decimal("2.5976931e+101")));

    [Fact] public Task getDecimalBigPositiveDecimal() => Scenario(async () => (await Client.NumberGetBigDecimalPositiveDecimalAsync()).ShouldBe(99999999.99m));

    [Fact] public Task putDecimalBigPositiveDecimal() => Scenario(() => Client.NumberPutBigDecimalPositiveDecimalAsync(99999999.99m));

    [Fact] public Task getDecimalBigNegativeDecimal() => Scenario(async () => (await Client.NumberGetBigDecimalNegativeDecimalAsync()).ShouldBe(-99999999.99m));

    [Fact] public Task putDecimalBigNegativeDecimal() => Scenario(() => Client.NumberPutBigDecimalNegativeDecimalAsync(-99999999.99m));

    [Fact] public Task getDecimalSmall() => Scenario(async () => (await Client.NumberGetSmallDecimalAsync()).ShouldBe(Decimal("2.5976931e-101")));

    [Fact] public Task putDecimalSmall() => Scenario(() => Client.NumberPutSmallDecimalAsync(Decimal("2.5976931e-101")));

    private static decimal Decimal(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (value.ToString("E7", CultureInfo.InvariantCulture) != double.Parse(text, CultureInfo.InvariantCulture).ToString("E7", CultureInfo.InvariantCulture))
        {
            throw new OverflowException($"decimal cannot represent {text} (it becomes {value})");
        }

        return value;
    }
}

[ConformanceGroup("body-byte")]
public sealed class BodyByteTests(TestServerFixture server) : ConformanceTest(server)
{
    private static readonly byte[] NonAscii = [255, 254, 253, 252, 251, 250, 249, 248, 247, 246];

    private BodyByteClient Client => new(Server.HttpClient);

    [Fact] public Task getByteNull() => Scenario(async () => (await Client.ByteGetNullAsync()).ShouldBeNull());

    [Fact] public Task getByteEmpty() => Scenario(async () => (await Client.ByteGetEmptyAsync()).ShouldBeEmpty());

    [Fact] public Task getByteNonAscii() => Scenario(async () => (await Client.ByteGetNonAsciiAsync()).ShouldBe(NonAscii));

    [Fact] public Task putByteNonAscii() => Scenario(() => Client.BytePutNonAsciiAsync(NonAscii));

    [Fact] public Task getByteInvalid() => Scenario(() => Should.ThrowAsync<BodyByteException>(() => Client.ByteGetInvalidAsync()));
}

[ConformanceGroup("body-date")]
public sealed class BodyDateTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyDateClient Client => new(Server.HttpClient);

    [Fact] public Task getDateNull() => Scenario(async () => ((object?)await Client.DateGetNullAsync()).ShouldBeNull());

    [Fact] public Task getDateInvalid() => Scenario(() => Should.ThrowAsync<BodyDateException>(() => Client.DateGetInvalidDateAsync()));

    [Fact] public Task getDateOverflow() => Scenario(() => Should.ThrowAsync<BodyDateException>(() => Client.DateGetOverflowDateAsync()));

    [Fact] public Task getDateUnderflow() => Scenario(() => Should.ThrowAsync<BodyDateException>(() => Client.DateGetUnderflowDateAsync()));

    [Fact] public Task putDateMax() => Scenario(() => Client.DatePutMaxDateAsync(DateOnly.MaxValue));

    [Fact] public Task getDateMax() => Scenario(async () => (await Client.DateGetMaxDateAsync()).ShouldBe(DateOnly.MaxValue));

    [Fact] public Task putDateMin() => Scenario(() => Client.DatePutMinDateAsync(DateOnly.MinValue));

    [Fact]
    public Task getDateMin() => Scenario(async () =>
        (await Client.DateGetMinDateAsync()).ShouldNotBeNull().ShouldBe(DateOnly.MinValue));
}

[ConformanceGroup("body-datetime")]
public sealed class BodyDateTimeTests(TestServerFixture server) : ConformanceTest(server)
{
    private static readonly DateTimeOffset MaxUtc = new(9999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero);
    private static readonly DateTimeOffset MinUtc = new(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private BodyDateTimeClient Client => new(Server.HttpClient);

    [Fact] public Task getDateTimeNull() => Scenario(async () => ((object?)await Client.DatetimeGetNullAsync()).ShouldBeNull());

    [Fact] public Task getDateTimeInvalid() => Scenario(() => Should.ThrowAsync<BodyDateTimeException>(() => Client.DatetimeGetInvalidAsync()));

    // 9999-12-31T23:59:59.999-14:00 is after DateTimeOffset.MaxValue in UTC: not representable, so a typed exception.
    [Fact] public Task getDateTimeOverflow() => Scenario(() => Should.ThrowAsync<BodyDateTimeException>(() => Client.DatetimeGetOverflowAsync()));

    [Fact] public Task getDateTimeUnderflow() => Scenario(() => Should.ThrowAsync<BodyDateTimeException>(() => Client.DatetimeGetUnderflowAsync()));

    [Fact] public Task putDateTimeMaxUtc() => Scenario(() => Client.DatetimePutUtcMaxDateTimeAsync(MaxUtc));

    [Fact] public Task putDateTimeMaxUtc7MS() => Scenario(() => Client.DatetimePutUtcMaxDateTime7DigitsAsync(new DateTimeOffset(DateTime.MaxValue.Ticks, TimeSpan.Zero)));

    [Fact] public Task getDateTimeMaxUtcLowercase() => Scenario(async () => (await Client.DatetimeGetUtcLowercaseMaxDateTimeAsync()).ShouldBe(MaxUtc));

    [Fact] public Task getDateTimeMaxUtcUppercase() => Scenario(async () => (await Client.DatetimeGetUtcUppercaseMaxDateTimeAsync()).ShouldBe(MaxUtc));

    [Fact]
    public Task getDateTimeMaxUtc7MSUppercase() => Scenario(async () =>
        (await Client.DatetimeGetUtcUppercaseMaxDateTime7DigitsAsync()).ShouldBe(new DateTimeOffset(DateTime.MaxValue.Ticks, TimeSpan.Zero)));

    [Fact]
    public Task putDateTimeMaxLocalPositiveOffset() =>
        Scenario(() => Client.DatetimePutLocalPositiveOffsetMaxDateTimeAsync(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(14))));

    [Fact]
    public Task getDateTimeMaxLocalPositiveOffsetLowercase() => Scenario(async () =>
        (await Client.DatetimeGetLocalPositiveOffsetLowercaseMaxDateTimeAsync()).ShouldBe(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(14))));

    [Fact]
    public Task getDateTimeMaxLocalPositiveOffsetUppercase() => Scenario(async () =>
        (await Client.DatetimeGetLocalPositiveOffsetUppercaseMaxDateTimeAsync()).ShouldBe(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(14))));

    // The negative-offset maximum is after DateTimeOffset.MaxValue in UTC: it cannot be built, nor read.
    [Fact]
    public Task putDateTimeMaxLocalNegativeOffset() =>
        Scenario(() => Client.DatetimePutLocalNegativeOffsetMaxDateTimeAsync(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(-14))));

    [Fact]
    public Task getDateTimeMaxLocalNegativeOffsetUppercase() =>
        Scenario(() => Should.ThrowAsync<BodyDateTimeException>(() => Client.DatetimeGetLocalNegativeOffsetUppercaseMaxDateTimeAsync()));

    [Fact]
    public Task getDateTimeMaxLocalNegativeOffsetLowercase() =>
        Scenario(() => Should.ThrowAsync<BodyDateTimeException>(() => Client.DatetimeGetLocalNegativeOffsetLowercaseMaxDateTimeAsync()));

    [Fact] public Task putDateTimeMinUtc() => Scenario(() => Client.DatetimePutUtcMinDateTimeAsync(MinUtc));

    [Fact]
    public Task getDateTimeMinUtc() => Scenario(async () =>
        (await Client.DatetimeGetUtcMinDateTimeAsync()).ShouldNotBeNull().ShouldBe(MinUtc));

    // 0001-01-01T00:00:00+14:00 is before DateTimeOffset.MinValue in UTC: it cannot be built, nor read.
    [Fact]
    public Task putDateTimeMinLocalPositiveOffset() =>
        Scenario(() => Client.DatetimePutLocalPositiveOffsetMinDateTimeAsync(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(14))));

    [Fact]
    public Task getDateTimeMinLocalPositiveOffset() =>
        Scenario(() => Should.ThrowAsync<BodyDateTimeException>(() => Client.DatetimeGetLocalPositiveOffsetMinDateTimeAsync()));

    [Fact]
    public Task putDateTimeMinLocalNegativeOffset() =>
        Scenario(() => Client.DatetimePutLocalNegativeOffsetMinDateTimeAsync(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(-14))));

    [Fact]
    public Task getDateTimeMinLocalNegativeOffset() => Scenario(async () =>
        (await Client.DatetimeGetLocalNegativeOffsetMinDateTimeAsync()).ShouldNotBeNull().ShouldBe(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(-14))));

    // No offset: read as UTC (the value is 0001-01-01T00:00:00, whatever the local time zone of the test machine).
    [Fact]
    public Task getDateTimeMinLocalNoOffset() => Scenario(async () => (await Client.DatetimeGetLocalNoOffsetMinDateTimeAsync()).ShouldNotBeNull().UtcDateTime.ShouldBe(DateTime.MinValue));
}

[ConformanceGroup("body-datetime-rfc1123")]
public sealed class BodyDateTimeRfc1123Tests(TestServerFixture server) : ConformanceTest(server)
{
    private static readonly DateTimeOffset Max = new(9999, 12, 31, 23, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset Min = new(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private BodyDateTimeRfc1123Client Client => new(Server.HttpClient);

    [Fact]
    public Task getDateTimeRfc1123Null() => Scenario(async () =>
        (await Client.Datetimerfc1123GetNullAsync()).ShouldBeNull());

    [Fact]
    public Task getDateTimeRfc1123Invalid() => Scenario(() =>
        Should.ThrowAsync<BodyDateTimeRfc1123Exception>(() => Client.Datetimerfc1123GetInvalidAsync()));

    [Fact]
    public Task getDateTimeRfc1123Overflow() => Scenario(() =>
        Should.ThrowAsync<BodyDateTimeRfc1123Exception>(() => Client.Datetimerfc1123GetOverflowAsync()));

    [Fact]
    public Task getDateTimeRfc1123Underflow() => Scenario(() =>
        Should.ThrowAsync<BodyDateTimeRfc1123Exception>(() => Client.Datetimerfc1123GetUnderflowAsync()));

    [Fact]
    public Task putDateTimeRfc1123Max() => Scenario(() => Client.Datetimerfc1123PutUtcMaxDateTimeAsync(Max));

    [Fact]
    public Task getDateTimeRfc1123MaxUtcLowercase() => Scenario(async () =>
        (await Client.Datetimerfc1123GetUtcLowercaseMaxDateTimeAsync()).ShouldNotBeNull().ShouldBe(Max));

    [Fact]
    public Task getDateTimeRfc1123MaxUtcUppercase() => Scenario(async () =>
        (await Client.Datetimerfc1123GetUtcUppercaseMaxDateTimeAsync()).ShouldNotBeNull().ShouldBe(Max));

    [Fact]
    public Task putDateTimeRfc1123Min() => Scenario(() => Client.Datetimerfc1123PutUtcMinDateTimeAsync(Min));

    [Fact]
    public Task getDateTimeRfc1123MinUtc() => Scenario(async () =>
        (await Client.Datetimerfc1123GetUtcMinDateTimeAsync()).ShouldNotBeNull().ShouldBe(Min));
}

[ConformanceGroup("body-time")]
public sealed class BodyTimeTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyTimeClient Client => new(Server.HttpClient);

    [Fact] public Task BodyTimeGet() => Scenario(async () => (await Client.TimeGetAsync()).ShouldBe(new TimeOnly(11, 34, 56)));

    [Fact] public Task BodyTimePut() => Scenario(async () => (await Client.TimePutAsync(new TimeOnly(8, 7, 56))).ShouldBe("Nice job posting time"));
}

[ConformanceGroup("body-duration")]
public sealed class BodyDurationTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyDurationClient Client => new(Server.HttpClient);

    [Fact] public Task getDurationNull() => Scenario(async () => ((object?)await Client.DurationGetNullAsync()).ShouldBeNull());

    [Fact] public Task getDurationInvalid() => Scenario(() => Should.ThrowAsync<BodyDurationException>(() => Client.DurationGetInvalidAsync()));

    // Years and months as XML Schema durations count them in .NET (XmlConvert: a year is 365 days, a month 30).
    [Fact]
    public Task getDurationPositive() => Scenario(async () => (await Client.DurationGetPositiveDurationAsync()).ShouldBe(XmlConvert.ToTimeSpan("P3Y6M4DT12H30M5S")));

    [Fact]
    public Task putDurationPositive() => Scenario(() => Client.DurationPutPositiveDurationAsync(new TimeSpan(123, 22, 14, 12, 11)));
}
