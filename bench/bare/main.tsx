import { createRoot } from 'react-dom/client'

/**
 * The benchmark's baseline: the least a React page can do to show a board of this size, 2,000 plain
 * divs, built and served like the app. Its count comes from the address: ?cards=2000.
 */
const count = Number(new URLSearchParams(location.search).get('cards') ?? 2000)

function Bare() {
  return (
    <div>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} data-testid="card">
          Card {i + 1}
        </div>
      ))}
    </div>
  )
}

createRoot(document.getElementById('root')!).render(<Bare />)
