using System.Net;
using System.Net.Sockets;

namespace Capacity.Grains;

/// <summary>Free TCP ports on loopback, for embedded silos: two runs (or a run and a web host) on one machine must not collide.</summary>
public static class LocalPorts
{
    /// <summary>A port nobody listens on right now (the OS picks it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
