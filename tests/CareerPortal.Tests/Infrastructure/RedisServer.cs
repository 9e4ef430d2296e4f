using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareerPortal.Tests.Infrastructure;

/// <summary>A redis-server of the test's own on a free loopback port, so the test can kill it
/// (<c>kill -9</c>), freeze it (SIGSTOP) and start it again. It keeps nothing on disk and dies
/// with the test. Skips the test when redis-server is not installed (fails under CI=true).</summary>
public sealed class RedisServer : IDisposable
{
    private Process? _process;

    public RedisServer()
    {
        if (FindExecutable() is not { } executable)
        {
            const string reason = "redis-server is not installed (apt-get install redis-server)";
            Assert.False(Services.InCi, reason);
            Skip.If(true, reason);
            return;
        }
        Executable = executable;
        Port = FreePort();
        Start();
    }

    public string Executable { get; } = "";
    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";

    public void Start()
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath() })
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on {Port}");
    }

    /// <summary>SIGKILL: the server vanishes mid-conversation, with everything it held.</summary>
    public void Kill()
    {
        _process?.Kill();
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    /// <summary>SIGSTOP / SIGCONT: the server keeps its data and connections but stops answering.</summary>
    public void Freeze() => Signal("STOP");

    public void Thaw() => Signal("CONT");

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (_process is not null)
        {
            Thaw();
            Kill();
        }
    }

    private static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
