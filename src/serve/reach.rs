//! Where other machines reach `serve` when it listens beyond loopback,
//! for the warning printed then (drafts are visible there).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};

/// The `http://` addresses at which others on the network reach a server
/// bound to `bind` on `port`: `bind` itself or, for 0.0.0.0 and `::`,
/// the address of this machine that its default route leaves from (the
/// one a neighbour on the same Wi-Fi uses). Empty when there is none.
pub fn urls(bind: IpAddr, port: u16) -> Vec<String> {
    let v4 = || route_from(SocketAddr::from((Ipv4Addr::new(192, 0, 2, 1), 9)));
    let v6 = || {
        route_from(SocketAddr::from((
            Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1),
            9,
        )))
    };
    let ips = match bind {
        IpAddr::V4(ip) if ip.is_unspecified() => vec![v4()],
        // `::` takes IPv4 too, except on Windows (IPv6 only by default).
        IpAddr::V6(ip) if ip.is_unspecified() && cfg!(windows) => vec![v6()],
        IpAddr::V6(ip) if ip.is_unspecified() => vec![v4(), v6()],
        ip => vec![Some(ip)],
    };
    ips.into_iter()
        .flatten()
        .map(|ip| format!("http://{}/", SocketAddr::new(ip, port)))
        .collect()
}

/// The local address the system would send from to reach `target`.
/// Nothing is sent: connecting a UDP socket only chooses the route. The
/// targets are documentation addresses (RFC 5737, 3849), never contacted.
fn route_from(target: SocketAddr) -> Option<IpAddr> {
    let any = match target {
        SocketAddr::V4(_) => SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0)),
        SocketAddr::V6(_) => SocketAddr::from((Ipv6Addr::UNSPECIFIED, 0)),
    };
    let socket = UdpSocket::bind(any).ok()?;
    socket.connect(target).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified() && !ip.is_loopback()).then_some(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_addresses_are_real_ones() {
        let lan: IpAddr = "192.168.1.20".parse().unwrap();
        assert_eq!(urls(lan, 1111), ["http://192.168.1.20:1111/"]);
        let v6: IpAddr = "fd00::2".parse().unwrap();
        assert_eq!(urls(v6, 1111), ["http://[fd00::2]:1111/"]);
        // Whatever the machine's network, never the unspecified address.
        for any in ["0.0.0.0", "::"] {
            for url in urls(any.parse().unwrap(), 1111) {
                assert!(!url.contains("0.0.0.0") && !url.contains("[::]"), "{url}");
            }
        }
    }
}
