"""What ReLU keeps of a two-dimensional shape embedded in n dimensions, as in
Figure 1 of Sandler et al. (2018): points of a spiral, mapped by a random
n x 2 matrix T, then through ReLU. A point can be recovered exactly when the
rows of T whose outputs stayed positive still span the plane: those
outputs are then T's rows times the point, and nothing else was lost."""

import numpy as np

rng = np.random.default_rng(0)
angles = np.linspace(0.5, 4 * np.pi, 1000)
spiral = np.stack([angles * np.cos(angles), angles * np.sin(angles)], 1)

print(f"{'':<8}{'recovered exactly':>20}{'sent to zero':>15}")
for n in (2, 3, 5, 15, 30):
    T = rng.standard_normal((n, 2))
    outputs = np.maximum(spiral @ T.T, 0)  # ReLU(Tx) for every point x
    recovered = zeroed = 0
    for point, output in zip(spiral, outputs, strict=True):
        kept = output > 0  # the coordinates that ReLU let through
        zeroed += not kept.any()
        if np.linalg.matrix_rank(T[kept]) == 2:
            estimate = np.linalg.lstsq(T[kept], output[kept])[0]
            recovered += np.allclose(estimate, point)
    shares = f"{recovered / len(spiral):>20.1%}{zeroed / len(spiral):>15.1%}"
    print(f"{f'n = {n}:':<8}{shares}")
