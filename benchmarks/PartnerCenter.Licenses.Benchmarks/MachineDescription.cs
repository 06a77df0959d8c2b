using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>One line saying where a measurement ran.</summary>
public static class MachineDescription
{
    public static string Line()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{RuntimeInformation.OSDescription}, {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC";
    }
}
